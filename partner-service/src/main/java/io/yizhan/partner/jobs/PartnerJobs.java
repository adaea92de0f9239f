package io.yizhan.partner.jobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.messaging.DeliveryWorker;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's periodic work, in one place: each job only calls a service method. Periods come from
 * {@code yizhan.jobs.<identity>.every} (defaults in application.properties); the identity lets tests
 * pause the job or wait for its next run.
 */
@ApplicationScoped
public class PartnerJobs {

    private final DeliveryWorker worker;

    public PartnerJobs(DeliveryWorker worker) {
        this.worker = worker;
    }

    /** Due webhook deliveries; a run still sending when the next is due is skipped, not doubled. */
    @Scheduled(identity = "webhook-delivery", every = "${yizhan.jobs.webhook-delivery.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> deliverWebhooks() {
        return worker.run();
    }
}
