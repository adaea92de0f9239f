package io.yizhan.volunteer.messaging;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.service.SignupService;
import io.yizhan.volunteer.service.WishService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/** Every minute: marks no-shows, checks out those who forgot (each with its event), and frees expired wish claims. */
@ApplicationScoped
public class ShiftClock {

    private final SignupService signups;
    private final WishService wishes;

    public ShiftClock(SignupService signups, WishService wishes) {
        this.signups = signups;
        this.wishes = wishes;
    }

    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        OffsetDateTime now = OffsetDateTime.now();
        return signups.sweep(now)
                .chain(() -> wishes.releaseExpiredClaims(now))
                .onFailure().invoke(e -> Log.warnf("shift clock run failed, next run retries: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
