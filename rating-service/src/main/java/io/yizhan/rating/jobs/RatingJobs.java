package io.yizhan.rating.jobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.rating.service.SatisfactionEvents;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's periodic work, in one place: each job only calls a service method. Times come from
 * {@code yizhan.jobs.<identity>.cron} (defaults in application.properties).
 */
@ApplicationScoped
public class RatingJobs {

    private final SatisfactionEvents satisfaction;

    public RatingJobs(SatisfactionEvents satisfaction) {
        this.satisfaction = satisfaction;
    }

    /** Just after midnight station time: the figures of the day before, then the threshold re-check. */
    @Scheduled(identity = "satisfaction-daily", cron = "${yizhan.jobs.satisfaction-daily.cron}", timeZone = "Asia/Shanghai",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> satisfactionDaily() {
        return satisfaction.daily();
    }
}
