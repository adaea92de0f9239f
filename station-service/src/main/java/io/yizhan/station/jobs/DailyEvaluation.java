package io.yizhan.station.jobs;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.evaluation.service.EvaluationService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Runs the evaluation every night ({@code yizhan.jobs.evaluation.cron}, station time; "off" turns it off).
 * The zone is written out because an annotation needs a constant; it is {@code StationTime.ZONE}.
 */
@ApplicationScoped
public class DailyEvaluation {

    private final EvaluationService evaluation;

    private final Clock clock;

    public DailyEvaluation(EvaluationService evaluation, Clock clock) {
        this.evaluation = evaluation;
        this.clock = clock;
    }

    @Scheduled(cron = "${yizhan.jobs.evaluation.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> run() {
        return evaluation.run(Optional.empty(), OffsetDateTime.now(clock))
                // The counts only: the per-station verdicts of a province's run would fill the log.
                .invoke(s -> Log.infof("evaluation run as of %s: %d stations judged, %d carded, %d yellow, %d red, %d escalated",
                        s.asOf(), s.stationsJudged(), s.stationsCarded(), s.yellowCards(), s.redCards(), s.escalated()))
                .onFailure().invoke(e -> Log.warnf("evaluation run failed, tomorrow's run retries: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
