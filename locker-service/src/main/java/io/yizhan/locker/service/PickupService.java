package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.locker.Reservation;
import io.yizhan.locker.ReservationStatus;
import io.yizhan.locker.repository.ReservationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * At the locker: a code opens a dispense transaction (once; a repeat gets the same answer), the
 * device confirms it (quantity and hold go down once, item-picked-up) or reports a failure (the
 * hold is released). A confirm or failure also settles a dispense that had become UNKNOWN (the
 * device answered late): the device's word is what counts. Remote openings go through the device
 * channel (DeviceCommandService).
 */
@ApplicationScoped
public class PickupService {

    private final LockerService lockers;
    private final ReservationRepository reservations;
    private final DispenseService dispense;
    private final Clock clock;

    public PickupService(LockerService lockers, ReservationRepository reservations, DispenseService dispense, Clock clock) {
        this.clock = clock;
        this.lockers = lockers;
        this.reservations = reservations;
        this.dispense = dispense;
    }

    /** What the device is told: the reservation to dispense, where it stands now, and the transaction to report under. */
    public record Pickup(UUID transactionId, Reservation reservation, ReservationStatus status) {
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
            return reservations.settle(id, "PICKED_UP", now, "device").chain(moved ->
                    reservations.findById(id).chain(r -> {
                        if (moved) {
                            return dispense.dispensed(locker, r, "device", now).replaceWith(view(r, ReservationStatus.PICKED_UP, transactionId));
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
            return reservations.settle(id, "FAILED", now, by).chain(moved ->
                    reservations.findById(id).chain(r -> {
                        if (moved) {
                            return dispense.notDispensed(r).replaceWith(view(r, ReservationStatus.FAILED, transactionId));
                        }
                        if (r.status == ReservationStatus.FAILED) {
                            return Uni.createFrom().item(view(r, ReservationStatus.FAILED, transactionId));
                        }
                        throw ProblemException.conflict("此事务已结束 / this transaction is already closed (" + r.status + ")");
                    }));
        }));
    }
}
