package io.yizhan.locker.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.locker.DeviceCommand;
import io.yizhan.locker.DeviceCommandKind;
import io.yizhan.locker.DeviceCommandStatus;
import io.yizhan.locker.Locker;
import io.yizhan.locker.Reservation;
import io.yizhan.locker.ReservationStatus;
import io.yizhan.locker.config.DeviceChannelConfig;
import io.yizhan.locker.messaging.DeviceMessages;
import io.yizhan.locker.repository.CompartmentRepository;
import io.yizhan.locker.repository.DeviceCommandRepository;
import io.yizhan.locker.repository.LockerRepository;
import io.yizhan.locker.repository.ReservationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Commands to lockers and what their devices answer (ADR 0012). Stock follows the device: a unit is
 * dispensed only when the device says the door opened, released only when it says it did not, and an
 * opening it never answered stays UNKNOWN, its unit held, until its late answer or its next stock
 * report settles it — never a timer. Every change here is a conditional update, so a duplicate, late
 * or replayed acknowledgement cannot dispense twice.
 */
@ApplicationScoped
public class DeviceCommandService {

    private static final Set<String> DONE_OUTCOMES = Set.of("OPENED", "APPLIED");
    private static final Set<String> OUTCOMES = Set.of("OPENED", "APPLIED", "FAILED", "EXPIRED");

    private final LockerService lockers;
    private final LockerRepository lockerRows;
    private final DeviceCommandRepository commands;
    private final ReservationRepository reservations;
    private final CompartmentRepository compartments;
    private final DispenseService dispense;
    private final DeviceChannelConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public DeviceCommandService(LockerService lockers, LockerRepository lockerRows, DeviceCommandRepository commands,
                                ReservationRepository reservations, CompartmentRepository compartments, DispenseService dispense,
                                DeviceChannelConfig config, ObjectMapper json, Clock clock) {
        this.lockers = lockers;
        this.lockerRows = lockerRows;
        this.commands = commands;
        this.reservations = reservations;
        this.compartments = compartments;
        this.dispense = dispense;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** An admin's remote opening, audited in remote_open; the command is what the device is told. */
    public record RemoteOpening(UUID id, UUID lockerId, int compartmentNumber, UUID reservationId, DeviceCommand command,
                                String openedBy, OffsetDateTime at) {
    }

    /** A command as the device will get it on its commands topic. */
    public record Outgoing(String deviceClientId, DeviceMessages.Command command) {
    }

    // ---- commands, written in the transaction of the change they serve ----

    /**
     * An admin of the locker's city opens compartment {@code number} for {@code reason}; with a live
     * reservation of it, the opening is that reservation's pickup once the device confirms it.
     */
    @WithTransaction
    public Uni<RemoteOpening> remoteOpen(Caller caller, UUID lockerId, int number, String reason, UUID reservationId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = "remote:" + (caller.username() != null ? caller.username() : caller.subject());
        return lockers.managed(caller, lockerId).chain(locker -> {
            if (number > locker.compartmentCount) {
                throw ProblemException.badRequest("compartmentNumber", "此柜只有 " + locker.compartmentCount
                        + " 个格口 / this locker has " + locker.compartmentCount + " compartments");
            }
            DeviceCommand command = newCommand(locker, reservationId == null ? DeviceCommandKind.REMOTE_OPEN : DeviceCommandKind.OPEN,
                    by, now, config.openTtl());
            command.compartmentNumber = number;
            command.reason = reason.strip();
            command.reservationId = reservationId;
            Uni<Void> reservation = reservationId == null ? Uni.createFrom().voidItem()
                    : reservations.findById(reservationId).chain(r -> {
                        if (r == null || !r.lockerId.equals(lockerId)) {
                            throw ProblemException.notFound("预约 / Reservation", reservationId);
                        }
                        if (r.compartmentNumber != number) {
                            throw ProblemException.badRequest("compartmentNumber", "该预约的物品在 " + r.compartmentNumber
                                    + " 号格口 / the reservation's item is in compartment " + r.compartmentNumber);
                        }
                        return startOpening(r, command.id, now);
                    });
            UUID auditId = UUID.randomUUID();
            return reservation.chain(() -> commands.persist(command))
                    .call(c -> reservations.auditRemoteOpen(auditId, locker.tenant, lockerId, number, reservationId, command.reason, by, now))
                    .map(c -> new RemoteOpening(auditId, lockerId, number, reservationId, c, by, now));
        });
    }

    /** The worker, standing at the locker, asks the app to open their reservation's compartment. */
    @WithTransaction
    public Uni<DeviceCommand> openForWorker(Caller caller, UUID reservationId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return reservations.findById(reservationId).chain(r -> {
            if (r == null || !r.worker.equals(caller.subject())) {
                throw ProblemException.notFound("预约 / Reservation", reservationId);
            }
            return lockerRows.findById(r.lockerId).chain(locker -> {
                DeviceCommand command = newCommand(locker, DeviceCommandKind.OPEN, "worker", now, config.openTtl());
                command.compartmentNumber = r.compartmentNumber;
                command.reservationId = r.id;
                return startOpening(r, command.id, now).chain(() -> commands.persist(command));
            });
        });
    }

    /** New settings for a locker's device (opening hours, volume, ...), as a JSON object it applies as a whole. */
    @WithTransaction
    public Uni<DeviceCommand> setConfig(Caller caller, UUID lockerId, Map<String, Object> settings) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return lockers.managed(caller, lockerId).chain(locker -> {
            DeviceCommand command = newCommand(locker, DeviceCommandKind.SET_CONFIG,
                    caller.username() != null ? caller.username() : caller.subject(), now, config.configTtl());
            try {
                command.config = json.writeValueAsString(settings);
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest("settings", "无法读取的配置 / settings are not a JSON object");
            }
            return commands.persist(command);
        });
    }

    /** A locker's commands, newest first (the station desk's view of UNKNOWN openings: {@code status=UNKNOWN}). */
    @WithSession
    public Uni<Page<DeviceCommand>> list(Caller caller, UUID lockerId, DeviceCommandStatus status, PageRequest page) {
        String s = status == null ? null : status.name();
        return lockers.managed(caller, lockerId).chain(locker -> commands.page(lockerId, s, page.page, page.size)
                .chain(items -> commands.countOf(lockerId, s).map(total -> new Page<>(items, page.page, page.size, total))));
    }

    private static DeviceCommand newCommand(Locker locker, DeviceCommandKind kind, String by, OffsetDateTime now,
                                            java.time.Duration ttl) {
        DeviceCommand c = new DeviceCommand();
        c.id = UUID.randomUUID();
        c.tenant = locker.tenant;
        c.lockerId = locker.id;
        c.kind = kind;
        c.requestedBy = by;
        c.status = DeviceCommandStatus.PENDING;
        c.createdAt = now;
        c.expiresAt = now.plus(ttl);
        return c;
    }

    /** RESERVED → OPENING under the command's id; a reservation already opening keeps its transaction. */
    private Uni<Void> startOpening(Reservation r, UUID commandId, OffsetDateTime now) {
        if (r.status == ReservationStatus.OPENING) {
            return Uni.createFrom().voidItem();
        }
        if (r.status != ReservationStatus.RESERVED) {
            throw ProblemException.conflict("预约已结束 / the reservation is closed (" + r.status + ")");
        }
        return reservations.open(r.id, commandId, now).map(opened -> {
            if (!opened) {
                throw ProblemException.conflict("取件码已过期或预约已变化 / the reservation expired or changed meanwhile");
            }
            return null;
        });
    }

    // ---- the relay: committed commands out to the devices ----

    /** Pending commands not yet sent (or to send again), each handed to {@code send}; marked sent when the broker took it. */
    @WithTransaction
    public Uni<Integer> sendDue(java.util.function.Function<Outgoing, Uni<Void>> send) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return commands.lockUnsent(now, 100).chain(due -> Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(d -> commands.findById(d.id()).chain(c ->
                        send.apply(new Outgoing(d.deviceClientId(), message(c))).chain(() -> commands.markSent(c.id, now))))
                .collect().asList().map(List::size));
    }

    @SuppressWarnings("unchecked")
    private DeviceMessages.Command message(DeviceCommand c) {
        Map<String, Object> settings = null;
        if (c.config != null) {
            try {
                settings = json.readValue(c.config, Map.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored settings of command " + c.id + " are not JSON", e);
            }
        }
        return new DeviceMessages.Command(c.id, c.kind.name(), c.compartmentNumber, c.reservationId, settings, c.createdAt, c.expiresAt);
    }

    /**
     * Pending commands past their expiry. One never handed to the broker cannot have reached the device:
     * EXPIRED, and its reservation's unit is released. An opening that was sent may have opened the
     * door: UNKNOWN, its unit stays held, for the desk to see and the device's next report to settle.
     */
    @WithTransaction
    public Uni<Integer> expireDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return commands.lockExpired(now, 200).chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> commands.findById(id).chain(c -> {
                    boolean mayHaveOpened = c.kind != DeviceCommandKind.SET_CONFIG && c.sendCount > 0;
                    if (mayHaveOpened) {
                        return commands.close(c.id, "UNKNOWN", null, "expiry").chain(() -> c.reservationId == null
                                ? Uni.createFrom().voidItem()
                                : reservations.transition(c.reservationId, "OPENING", "UNKNOWN", now, "expiry").replaceWithVoid());
                    }
                    return commands.close(c.id, "EXPIRED", null, "expiry").chain(() -> c.reservationId == null
                            ? Uni.createFrom().voidItem()
                            : settle(c.reservationId, false, "expiry: device unreachable", now));
                }).replaceWith(1))
                .collect().asList().map(List::size));
    }

    // ---- what devices say ----

    /** An acknowledgement from device {@code clientId}; one for another device's command, or a repeat, changes nothing. */
    @WithTransaction
    public Uni<Void> acknowledge(String clientId, DeviceMessages.Ack ack) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (ack.id() == null || ack.outcome() == null || !OUTCOMES.contains(ack.outcome())) {
            Log.warnf("device %s: acknowledgement without id or with an unknown outcome (%s), ignored", clientId, ack.outcome());
            return Uni.createFrom().voidItem();
        }
        return device(clientId).chain(locker -> locker == null ? Uni.createFrom().voidItem()
                : lockers.seen(locker, now).chain(() -> commands.findById(ack.id())).chain(c -> {
                    if (c == null || !c.lockerId.equals(locker.id)) {
                        Log.warnf("device %s acknowledged %s, which is not one of its commands: ignored", clientId, ack.id());
                        return Uni.createFrom().voidItem();
                    }
                    boolean done = DONE_OUTCOMES.contains(ack.outcome());
                    String outcome = ack.outcome() + (ack.reason() == null || ack.reason().isBlank() ? "" : ": " + ack.reason().strip());
                    return commands.countAck(c.id, now)
                            .chain(() -> commands.close(c.id, done ? "DONE" : "FAILED", outcome, "device"))
                            .chain(moved -> {
                                if (!moved) {
                                    Log.infof("device %s: repeated or stale acknowledgement of %s (%s) changed nothing", clientId, c.id, c.status);
                                    return Uni.createFrom().voidItem();
                                }
                                return c.reservationId == null ? Uni.createFrom().voidItem()
                                        : settle(c.reservationId, done, "device", now);
                            });
                }));
    }

    /**
     * The device counted its compartments. Openings of a compartment still UNKNOWN are settled first,
     * oldest first, against the units missing from the platform's count (each missing unit is one that
     * came out); then each compartment's quantity becomes what the device counted.
     */
    @WithTransaction
    public Uni<Integer> stockReport(String clientId, DeviceMessages.StockReport report, String body) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (report.compartments() == null) {
            Log.warnf("device %s: stock report without compartments, ignored", clientId);
            return Uni.createFrom().item(0);
        }
        AtomicInteger adjusted = new AtomicInteger();
        return device(clientId).chain(locker -> locker == null ? Uni.createFrom().item(0)
                : lockers.seen(locker, now).chain(() -> Multi.createFrom().iterable(report.compartments())
                        .filter(line -> line.quantity() >= 0 && line.number() >= 1 && line.number() <= locker.compartmentCount)
                        .onItem().transformToUniAndConcatenate(line -> reconcile(locker, line, now)
                                .invoke(adjusted::addAndGet))
                        .collect().asList())
                .chain(() -> commands.recordStockReport(UUID.randomUUID(), locker.tenant, locker.id,
                        report.at() != null ? report.at() : now, now, body, adjusted.get()))
                .map(ignored -> adjusted.get()));
    }

    private Uni<Integer> reconcile(Locker locker, DeviceMessages.StockReport.Line line, OffsetDateTime now) {
        return compartments.stockOf(locker.id, line.number()).chain(counted -> {
            if (counted == null) {
                return Uni.createFrom().item(0);
            }
            AtomicInteger missing = new AtomicInteger(counted - line.quantity());
            return reservations.unknownOf(locker.id, line.number()).chain(unknown -> Multi.createFrom().iterable(unknown)
                            .onItem().transformToUniAndConcatenate(r -> {
                                boolean cameOut = missing.getAndDecrement() > 0;
                                return settle(r.id, cameOut, "stock-report", now)
                                        .chain(() -> r.transactionId == null ? Uni.createFrom().item(false)
                                                : commands.close(r.transactionId, cameOut ? "DONE" : "FAILED", "RECONCILED", "stock-report"));
                            })
                            .collect().asList())
                    .chain(() -> commands.unknownOpenings(locker.id, line.number()))
                    .chain(open -> Multi.createFrom().iterable(open)          // remote openings without a reservation
                            .onItem().transformToUniAndConcatenate(c -> commands.close(c.id, "DONE", "RECONCILED", "stock-report"))
                            .collect().asList())
                    .chain(() -> compartments.setCounted(locker.id, line.number(), line.quantity()));
        });
    }

    /** The device connected ({@code online}) or the broker delivered its last will: online state, and its pending commands again. */
    @WithTransaction
    public Uni<Void> status(String clientId, boolean online) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return device(clientId).chain(locker -> locker == null ? Uni.createFrom().voidItem()
                : online ? lockers.seen(locker, now).chain(() -> commands.resendPending(locker.id, now)).replaceWithVoid()
                : lockers.gone(locker, now));
    }

    private Uni<Locker> device(String clientId) {
        return lockerRows.findByDevice(clientId).invoke(locker -> {
            if (locker == null) {
                Log.warnf("a message from device %s, which serves no locker: ignored", clientId);
            }
        });
    }

    /** OPENING or UNKNOWN → PICKED_UP (dispensed) or FAILED (released), once. */
    private Uni<Void> settle(UUID reservationId, boolean cameOut, String by, OffsetDateTime now) {
        return reservations.settle(reservationId, cameOut ? "PICKED_UP" : "FAILED", now, by).chain(moved -> !moved
                ? Uni.createFrom().voidItem()
                : reservations.findById(reservationId).chain(r -> lockerRows.findById(r.lockerId).chain(locker -> cameOut
                        ? dispense.dispensed(locker, r, by, now)
                        : dispense.notDispensed(r))));
    }
}
