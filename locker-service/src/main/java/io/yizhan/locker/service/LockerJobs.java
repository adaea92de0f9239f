package io.yizhan.locker.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Periodic work: device liveness, reservation expiry, restock tasks. */
@ApplicationScoped
public class LockerJobs {

    private final LockerService lockers;
    private final ReservationService reservations;
    private final RestockService restocks;

    public LockerJobs(LockerService lockers, ReservationService reservations, RestockService restocks) {
        this.lockers = lockers;
        this.reservations = reservations;
        this.restocks = restocks;
    }

    /** Today's restock tasks; also at start-up-friendly hours, and idempotent per locker and date. */
    @Scheduled(cron = "0 0 6,12 * * ?", timeZone = "Asia/Shanghai", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> generateRestockTasks() {
        return restocks.generateTasks(java.time.LocalDate.now(LockerService.LOCAL_TIME)).replaceWithVoid();
    }

    @Scheduled(every = "${yizhan.locker.expiry-check-every:30s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> expireReservations() {
        return reservations.expireDue().chain(reservations::closeStuckOpenings).replaceWithVoid();
    }

    @Scheduled(every = "${yizhan.locker.offline-check-every:30s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> markSilentOffline() {
        return lockers.markSilentOffline().replaceWithVoid();
    }
}
