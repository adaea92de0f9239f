package io.yizhan.locker.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Periodic work: device liveness. */
@ApplicationScoped
public class LockerJobs {

    private final LockerService lockers;

    public LockerJobs(LockerService lockers) {
        this.lockers = lockers;
    }

    @Scheduled(every = "${yizhan.locker.offline-check-every:30s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> markSilentOffline() {
        return lockers.markSilentOffline().replaceWithVoid();
    }
}
