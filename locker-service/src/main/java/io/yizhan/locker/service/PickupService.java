package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.locker.Locker;
import io.yizhan.locker.Reservation;
import io.yizhan.locker.ReservationStatus;
import io.yizhan.locker.messaging.LockerEventTypes;
import io.yizhan.locker.messaging.ReservationPayload;
import io.yizhan.locker.messaging.StockLowPayload;
import io.yizhan.locker.repository.CompartmentRepository;
import io.yizhan.locker.repository.ReservationRepository;
import io.yizhan.locker.repository.SupplyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * At the locker: a code opens a dispense transaction (once; a repeat gets the same answer), the
 * device confirms it (quantity and hold go down once, item-picked-up) or reports a failure (the
 * hold is released). Admins may open a compartment remotely; every opening is audited.
 */
@ApplicationScoped
public class PickupService {

    private final LockerService lockers;
    private final ReservationRepository reservations;
    private final CompartmentRepository compartments;
    private final SupplyRepository supplies;
    private final Outbox outbox;
    private final Clock clock;

    public PickupService(LockerService lockers, ReservationRepository reservations, CompartmentRepository compartments,
                         SupplyRepository supplies, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.lockers = lockers;
        this.reservations = reservations;
        this.compartments = compartments;
        this.supplies = supplies;
        this.outbox = outbox;
    }

    /** What the device is told: the reservation to dispense, where it stands now, and the transaction to report under. */
    public record Pickup(UUID transactionId, Reservation reservation, ReservationStatus status) {
    }

    /** An audited remote opening: {@code dispensed} when it was a reservation's pickup. */
    public record RemoteOpening(UUID id, UUID lockerId, int compartmentNumber, UUID reservationId, boolean dispensed,
                                String openedBy, OffsetDateTime at) {
    }

    static Pickup view(Reservation r, ReservationStatus status, UUID transactionId) {
        return new Pickup(transactionId, r, status);
    }

    @WithTransaction
    public Uni<Pickup> enterCode(Caller caller, UUID lockerId, String code) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return lockers.ofDevice(caller, lockerId).chain(locker -> reservations.liveByCode(lockerId, code).chain(id -> {
            if (id == null) {
                throw ProblemException.notFound("取件码 / Pickup code", code + "（无效或已使用 / unknown or already used）");
            }
            UUID tx = UUID.randomUUID();
            return reservations.open(id, tx, now).chain(opened -> reservations.findById(id).map(r -> {
                if (opened) {
                    return view(r, ReservationStatus.OPENING, tx);
                }
                if (r.status == ReservationStatus.OPENING) {
                    return view(r, ReservationStatus.OPENING, r.transactionId);   // a repeated code: the same answer
                }
                throw ProblemException.conflict(r.status == ReservationStatus.RESERVED
                        ? "取件码已过期 / this code has expired"
                        : "取件码已失效 / this code is no longer valid (" + r.status + ")");
            }));
        }));
    }

    @WithTransaction
    public Uni<Pickup> confirm(Caller caller, UUID lockerId, UUID transactionId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return lockers.ofDevice(caller, lockerId).chain(locker -> reservations.byTransaction(lockerId, transactionId).chain(id -> {
            if (id == null) {
                throw ProblemException.notFound("取件事务 / Pickup transaction", transactionId);
            }
            return reservations.transition(id, "OPENING", "PICKED_UP", now, "device").chain(moved ->
                    reservations.findById(id).chain(r -> {
                        if (moved) {
                            return dispensed(locker, r, "device", now).replaceWith(view(r, ReservationStatus.PICKED_UP, transactionId));
                        }
                        if (r.status == ReservationStatus.PICKED_UP) {
                            return Uni.createFrom().item(view(r, ReservationStatus.PICKED_UP, transactionId)); // repeated: same answer
                        }
                        throw ProblemException.conflict("此事务已结束 / this transaction is already closed (" + r.status + ")");
                    }));
        }));
    }

    @WithTransaction
    public Uni<Pickup> failure(Caller caller, UUID lockerId, UUID transactionId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = "device" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        return lockers.ofDevice(caller, lockerId).chain(locker -> reservations.byTransaction(lockerId, transactionId).chain(id -> {
            if (id == null) {
                throw ProblemException.notFound("取件事务 / Pickup transaction", transactionId);
            }
            return reservations.transition(id, "OPENING", "FAILED", now, by).chain(moved ->
                    reservations.findById(id).chain(r -> {
                        if (moved) {
                            return compartments.release(r.compartmentId).replaceWith(view(r, ReservationStatus.FAILED, transactionId));
                        }
                        if (r.status == ReservationStatus.FAILED) {
                            return Uni.createFrom().item(view(r, ReservationStatus.FAILED, transactionId));
                        }
                        throw ProblemException.conflict("此事务已结束 / this transaction is already closed (" + r.status + ")");
                    }));
        }));
    }

    /**
     * An admin of the locker's city opens compartment {@code number} for {@code reason}; with a live
     * reservation of it ({@code reservationId}), that is its pickup.
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
            Uni<Boolean> dispensed = reservationId == null ? Uni.createFrom().item(false)
                    : reservations.findById(reservationId).chain(r -> {
                        if (r == null || !r.lockerId.equals(lockerId)) {
                            throw ProblemException.notFound("预约 / Reservation", reservationId);
                        }
                        if (r.compartmentNumber != number) {
                            throw ProblemException.badRequest("compartmentNumber", "该预约的物品在 " + r.compartmentNumber
                                    + " 号格口 / the reservation's item is in compartment " + r.compartmentNumber);
                        }
                        if (!Set.of(ReservationStatus.RESERVED, ReservationStatus.OPENING).contains(r.status)) {
                            throw ProblemException.conflict("预约已结束 / the reservation is closed (" + r.status + ")");
                        }
                        return reservations.transition(r.id, r.status.name(), "PICKED_UP", now, by).chain(moved -> {
                            if (!moved) {
                                throw ProblemException.conflict("预约状态已变化，请重试 / the reservation changed meanwhile; retry");
                            }
                            return dispensed(locker, r, by, now).replaceWith(true);
                        });
                    });
            UUID auditId = UUID.randomUUID();
            return dispensed.call(d -> reservations.auditRemoteOpen(auditId, locker.tenant, lockerId, number,
                            reservationId, reason.strip(), by, now))
                    .map(d -> new RemoteOpening(auditId, lockerId, number, reservationId, d, by, now));
        });
    }

    /** The unit left the locker: quantity and hold down by one, item-picked-up, stock-low on crossing the threshold. */
    private Uni<Void> dispensed(Locker locker, Reservation r, String by, OffsetDateTime now) {
        return compartments.dispense(r.compartmentId).chain(ok -> {
            if (!ok) {
                throw new IllegalStateException("dispense without a held unit: reservation " + r.id);
            }
            return outbox.append(LockerEventTypes.ITEM_PICKED_UP, r.stationId.toString(), r.tenant,
                            ReservationPayload.of(r, "PICKED_UP", now, by, now))
                    .chain(() -> compartments.stock(locker.id, r.itemId))
                    .chain(stock -> supplies.findById(r.itemId).chain(item -> {
                        long quantity = stock[0];
                        if (quantity < item.lowStockThreshold && quantity + 1 >= item.lowStockThreshold) {
                            return outbox.append(LockerEventTypes.STOCK_LOW, r.stationId.toString(), r.tenant,
                                    new StockLowPayload(locker.id, locker.stationId, locker.tenant, item.id, item.name,
                                            quantity, item.lowStockThreshold, now)).replaceWithVoid();
                        }
                        return Uni.createFrom().voidItem();
                    }));
        });
    }
}
