package io.yizhan.station.jobs;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.doors.service.DoorEntryService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneId;

/** Publishes the finished days' door counts shortly after midnight, station time, and catches up hourly. */
@ApplicationScoped
public class VisitPublisher {

    private final DoorEntryService doors;

    public VisitPublisher(DoorEntryService doors) {
        this.doors = doors;
    }

    @Scheduled(cron = "0 5 * * * ?", timeZone = "Asia/Shanghai", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> publish() {
        return doors.publishFinishedDays(LocalDate.now(ZoneId.of("Asia/Shanghai")))
                .invoke(n -> Log.infof("published %d station-day visit counts", n))
                .onFailure().invoke(e -> Log.warnf("visit counts not published, next run retries: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
