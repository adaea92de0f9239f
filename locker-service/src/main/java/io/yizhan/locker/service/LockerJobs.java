package io.yizhan.locker.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Periodic work: device liveness, reservation expiry. */
@ApplicationScoped
public class LockerJobs {

    private final LockerService lockers;
    private final ReservationService reservations;

    public LockerJobs(LockerService lockers, ReservationService reservations) {
        this.lockers = lockers;
        this.reservations = reservations;
    }

    @Scheduled(every = "${yizhan.locker.expiry-check-every:30s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> expireReservations() {
        return reservations.expireDue().replaceWithVoid();
    }

    @Scheduled(every = "${yizhan.locker.offline-check-every:30s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> markSilentOffline() {
        return lockers.markSilentOffline().replaceWithVoid();
    }
}
