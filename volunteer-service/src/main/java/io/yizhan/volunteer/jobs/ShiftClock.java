package io.yizhan.volunteer.jobs;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.shift.service.ReminderService;
import io.yizhan.volunteer.shift.service.SignupService;
import io.yizhan.volunteer.wish.service.WishService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Every minute ({@code yizhan.jobs.shift-clock.every}): marks no-shows, checks out those who forgot (each
 * with its event), frees expired wish claims and sends due reminders; the work is in the services.
 */
@ApplicationScoped
public class ShiftClock {

    private final SignupService signups;
    private final WishService wishes;
    private final ReminderService reminders;
    private final Clock clock;

    public ShiftClock(SignupService signups, WishService wishes, ReminderService reminders, Clock clock) {
        this.clock = clock;
        this.signups = signups;
        this.wishes = wishes;
        this.reminders = reminders;
    }

    @Scheduled(identity = "shift-clock", every = "${yizhan.jobs.shift-clock.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return signups.sweep(now)
                .chain(() -> wishes.releaseExpiredClaims(now))
                .chain(() -> reminders.sendDue(now))
                .onFailure().invoke(e -> Log.warnf("shift clock run failed, next run retries: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
