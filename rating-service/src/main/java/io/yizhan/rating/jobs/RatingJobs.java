package io.yizhan.rating.jobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.rating.demo.DemoHistoryService;
import io.yizhan.rating.service.SatisfactionEvents;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's periodic work, in one place: each job only calls a service method. Times come from
 * {@code yizhan.jobs.<identity>.cron} (defaults in application.properties).
 */
@ApplicationScoped
public class RatingJobs {

    private final SatisfactionEvents satisfaction;
    private final DemoHistoryService demoHistory;

    public RatingJobs(SatisfactionEvents satisfaction, DemoHistoryService demoHistory) {
        this.satisfaction = satisfaction;
        this.demoHistory = demoHistory;
    }

    /**
     * The demo province's past week of ratings, in the local stack only (the service checks the switch);
     * stations arrive by events after start-up, so it runs until they are all there, then does nothing.
     */
    @Scheduled(identity = "demo-history", every = "${yizhan.jobs.demo-history.every}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> demoHistory() {
        return demoHistory.fillMissing().replaceWithVoid();
    }

    /** Just after midnight station time: the figures of the day before, then the threshold re-check. */
    @Scheduled(identity = "satisfaction-daily", cron = "${yizhan.jobs.satisfaction-daily.cron}", timeZone = "Asia/Shanghai",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> satisfactionDaily() {
        return satisfaction.daily();
    }
}
