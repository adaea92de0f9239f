package io.yizhan.volunteer.jobs;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.help.service.HelpService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Every 30 s ({@code yizhan.jobs.help-clock.every}): help requests nobody accepted escalate to the station
 * manager, then to the city union ({@code HelpService.escalate}).
 */
@ApplicationScoped
public class HelpClock {

    private final HelpService help;
    private final Clock clock;

    public HelpClock(HelpService help, Clock clock) {
        this.clock = clock;
        this.help = help;
    }

    @Scheduled(identity = "help-clock", every = "${yizhan.jobs.help-clock.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return help.escalate(OffsetDateTime.now(clock))
                .onFailure().invoke(e -> Log.warnf("help escalation run failed, next run retries: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
