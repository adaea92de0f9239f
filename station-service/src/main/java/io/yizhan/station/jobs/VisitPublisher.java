package io.yizhan.station.jobs;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.doors.service.DoorEntryService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Publishes the finished days' door counts shortly after midnight, station time, and catches up hourly
 * ({@code yizhan.jobs.visit-counts.cron}). The zone is written out because an annotation needs a constant;
 * it is {@code StationTime.ZONE}.
 */
@ApplicationScoped
public class VisitPublisher {

    private final DoorEntryService doors;
    private final Clock clock;

    public VisitPublisher(DoorEntryService doors, Clock clock) {
        this.doors = doors;
        this.clock = clock;
    }

    @Scheduled(cron = "${yizhan.jobs.visit-counts.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> publish() {
        return doors.publishFinishedDays(LocalDate.now(clock))
                .invoke(n -> Log.infof("published %d station-day visit counts", n))
                .onFailure().invoke(e -> Log.warnf("visit counts not published, next run retries: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
