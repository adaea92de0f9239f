package io.yizhan.locker.jobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.locker.messaging.DeviceChannel;
import io.yizhan.locker.config.DemoLockerConfig;
import io.yizhan.locker.service.DemoHistoryService;
import io.yizhan.locker.service.DemoLockerService;
import io.yizhan.locker.service.DeviceCommandService;
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
    private final DeviceCommandService commands;
    private final DeviceChannel channel;
    private final DemoLockerService demo;
    private final DemoLockerConfig demoConfig;
    private final DemoHistoryService demoHistory;
    private final Clock clock;

    public LockerJobs(LockerService lockers, ReservationService reservations, RestockService restocks,
                      DeviceCommandService commands, DeviceChannel channel, DemoLockerService demo, DemoLockerConfig demoConfig,
                      DemoHistoryService demoHistory, Clock clock) {
        this.demoHistory = demoHistory;
        this.demo = demo;
        this.demoConfig = demoConfig;
        this.lockers = lockers;
        this.reservations = reservations;
        this.restocks = restocks;
        this.commands = commands;
        this.channel = channel;
        this.clock = clock;
    }

    /**
     * The demo province's lockers, in the local stack only; stations arrive by events, so it runs until all
     * are there. Each new locker then gets its past week (DemoHistoryService), once.
     */
    @Scheduled(identity = "demo-lockers", every = "${yizhan.jobs.demo-lockers.every}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> loadDemoLockers() {
        return demoConfig.load() ? demo.loadMissing().chain(() -> demoHistory.fillMissing()).replaceWithVoid() : Uni.createFrom().voidItem();
    }

    /** Committed commands out to their devices (the device channel's relay, like the outbox's for Kafka). */
    @Scheduled(identity = "device-commands", every = "${yizhan.jobs.device-commands.every}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sendDeviceCommands() {
        return commands.sendDue(channel::send).replaceWithVoid();
    }

    /** Commands past their expiry: EXPIRED if they never left, UNKNOWN if an opening may have happened. */
    @Scheduled(identity = "device-command-expiry", every = "${yizhan.jobs.device-command-expiry.every}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> expireDeviceCommands() {
        return commands.expireDue().replaceWithVoid();
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
        return reservations.warnDue().chain(reservations::expireDue).chain(reservations::closeStuckOpenings).replaceWithVoid();
    }

    @Scheduled(identity = "locker-offline", every = "${yizhan.jobs.locker-offline.every}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> markSilentOffline() {
        return lockers.markSilentOffline().replaceWithVoid();
    }
}
