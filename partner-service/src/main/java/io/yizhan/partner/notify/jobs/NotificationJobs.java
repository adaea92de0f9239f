package io.yizhan.partner.notify.jobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.notify.service.DigestService;
import io.yizhan.partner.notify.service.SmsDispatchService;
import jakarta.enterprise.context.ApplicationScoped;

/** The notifications' periodic work; each job only calls a service method (identities let tests pause them). */
@ApplicationScoped
public class NotificationJobs {

    private final DigestService digests;
    private final SmsDispatchService sms;

    public NotificationJobs(DigestService digests, SmsDispatchService sms) {
        this.digests = digests;
        this.sms = sms;
    }

    /** The admins' digest of yesterday, in the morning after quiet hours (station time). */
    @Scheduled(identity = "notification-digest", cron = "${yizhan.jobs.notification-digest.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> digest() {
        return digests.digestYesterday().replaceWithVoid();
    }

    @Scheduled(identity = "sms-dispatch", every = "${yizhan.jobs.sms-dispatch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sendTexts() {
        return sms.sendDue().replaceWithVoid();
    }
}
