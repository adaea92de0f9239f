package io.yizhan.station.jobs;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.evaluation.service.EvaluationService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Runs the evaluation every night (yizhan.evaluation.run-cron, station time; "off" turns it off). */
@ApplicationScoped
public class DailyEvaluation {

    private final EvaluationService evaluation;

    private final Clock clock;

    public DailyEvaluation(EvaluationService evaluation, Clock clock) {
        this.clock = clock;
        this.evaluation = evaluation;
    }

    @Scheduled(cron = "{yizhan.evaluation.run-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> run() {
        return evaluation.run(Optional.empty(), OffsetDateTime.now(clock))
                .invoke(summary -> Log.infof("evaluation run: %s", summary))
                .onFailure().invoke(e -> Log.warnf("evaluation run failed, tomorrow's run retries: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
