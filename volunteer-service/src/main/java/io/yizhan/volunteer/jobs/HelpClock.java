package io.yizhan.volunteer.jobs;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.help.service.HelpService;
import io.yizhan.volunteer.support.StationTime;
import jakarta.enterprise.context.ApplicationScoped;


/** Every 30 s: help requests nobody accepted escalate to the station manager, then to the city union. */
@ApplicationScoped
public class HelpClock {

    private final HelpService help;

    public HelpClock(HelpService help) {
        this.help = help;
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return help.escalate(StationTime.now())
                .onFailure().invoke(e -> Log.warnf("help escalation run failed, next run retries: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
