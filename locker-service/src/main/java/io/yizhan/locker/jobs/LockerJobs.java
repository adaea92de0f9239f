package io.yizhan.locker.jobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.locker.service.LockerService;
import io.yizhan.locker.service.ReservationService;
import io.yizhan.locker.service.RestockService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The service's periodic work, in one place: each job only calls a service method. Periods come from
 * {@code yizhan.jobs.<identity>.every|cron} (defaults in application.properties); the identities let
 * tests pause a job or wait for its next run.
 */
@ApplicationScoped
public class LockerJobs {

    private final LockerService lockers;
    private final ReservationService reservations;
    private final RestockService restocks;
    private final Clock clock;

    public LockerJobs(LockerService lockers, ReservationService reservations, RestockService restocks, Clock clock) {
        this.lockers = lockers;
        this.reservations = reservations;
        this.restocks = restocks;
        this.clock = clock;
    }

    /** Today's restock tasks, at hours when stations are staffed; idempotent per locker and date. */
    @Scheduled(identity = "restock-tasks", cron = "${yizhan.jobs.restock-tasks.cron}", timeZone = "Asia/Shanghai",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> generateRestockTasks() {
        return restocks.generateTasks(LocalDate.now(clock)).replaceWithVoid();
    }

    @Scheduled(identity = "reservation-expiry", every = "${yizhan.jobs.reservation-expiry.every}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> expireReservations() {
        return reservations.expireDue().chain(reservations::closeStuckOpenings).replaceWithVoid();
    }

    @Scheduled(identity = "locker-offline", every = "${yizhan.jobs.locker-offline.every}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> markSilentOffline() {
        return lockers.markSilentOffline().replaceWithVoid();
    }
}
