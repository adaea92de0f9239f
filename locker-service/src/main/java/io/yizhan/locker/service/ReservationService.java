package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.locker.Reservation;
import io.yizhan.locker.ReservationStatus;
import io.yizhan.locker.config.LockerConfig;
import io.yizhan.locker.messaging.LockerEventTypes;
import io.yizhan.locker.messaging.ReservationExpiringPayload;
import io.yizhan.locker.messaging.ReservationPayload;
import io.yizhan.locker.repository.CompartmentRepository;
import io.yizhan.locker.repository.ReservationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reserving an item: the rules (station serving, locker online, members only, quota) and the hold
 * of one unit, all in one transaction with the item-reserved event and the Idempotency-Key record.
 *
 * <p>The rules and the hold run in the database in one call, {@code reserve_unit} (V8, ADR 0022): the
 * service's cost per reservation was its dozen statements. Race-freedom is the function's: the (worker,
 * item) lock row is upserted first, so one worker's requests for one item check their quota one after
 * another; the unit is then held by a single conditional UPDATE ({@code held = held + 1 WHERE quantity -
 * held > 0}), which PostgreSQL re-checks under the row lock, so no unit is promised twice and the table's
 * checks forbid negative stock. A refusal is thrown here and rolls the whole transaction back.
 *
 * <p>The reservation's transaction runs on the reactive pool, without a Hibernate session: the path is the
 * morning peak's, and Hibernate Reactive's session, transaction and native-query machinery was about a third
 * of locker-service's CPU samples in the reservation burst (async-profiler, 2026-12-07; ADR 0022). Its
 * statements are the function's call, the outbox row and the Idempotency-Key record, all on one connection.
 */
@ApplicationScoped
public class ReservationService {

    private final ReservationRepository reservations;
    private final CompartmentRepository compartments;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final LockerConfig config;
    private final LockerService lockerService;
    private final Clock clock;
    private final Pool pool;

    public ReservationService(ReservationRepository reservations, CompartmentRepository compartments, Outbox outbox,
                              IdempotentRequests idempotency, LockerConfig config, LockerService lockerService, Clock clock,
                              Pool pool) {
        this.clock = clock;
        this.pool = pool;
        this.lockerService = lockerService;
        this.reservations = reservations;
        this.compartments = compartments;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.config = config;
    }

    /**
     * What a worker asks for: one unit of an item at a locker. The components and their order are those of
     * {@code rest.ReservationRequest} on purpose: an Idempotency-Key replay is matched by the hash of this
     * record's JSON, which is thus the same as the request body's was.
     */
    public record NewReservation(UUID lockerId, UUID itemId) {
    }

    /**
     * Reserves a unit. With an {@code Idempotency-Key} a repeat gets the response the first request got,
     * stored in this transaction; that response is the caller's view of the reservation, so the caller
     * names its type and how to make it.
     */
    public <V> Uni<IdempotentRequests.Outcome<V>> reserve(Caller caller, NewReservation request, String key, Class<V> viewType,
                                                          Function<Reservation, V> view) {
        String worker = caller.subject();
        return pool.withTransaction(tx -> idempotency.run(tx, key, worker, request, viewType,
                () -> reserve(tx, worker, request).map(view)));
    }

    private Uni<Reservation> reserve(SqlClient tx, String worker, NewReservation request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Reservation r = new Reservation();
        r.id = UUID.randomUUID();
        r.lockerId = request.lockerId();
        r.itemId = request.itemId();
        r.worker = worker;
        r.status = ReservationStatus.RESERVED;
        r.createdAt = now;
        r.expiresAt = now.plus(config.reservationTtl());
        return reservations.reserveUnit(tx, r.id, worker, r.lockerId, r.itemId, now, r.expiresAt, LockerService.SERVING,
                        Reservation.qrPayload(r.lockerId, CODE_SLOT, r.id))
                .map(unit -> {
                    refuseUnlessReserved(unit, request);
                    r.tenant = unit.tenant();
                    r.stationId = unit.stationId();
                    r.compartmentId = unit.compartmentId();
                    r.compartmentNumber = unit.compartmentNumber();
                    r.itemName = unit.itemName();
                    r.unitValueFen = unit.unitValueFen();
                    r.pickupCode = unit.pickupCode();
                    r.qrPayload = unit.qrPayload();
                    return r;
                })
                .call(() -> outbox.append(tx, LockerEventTypes.ITEM_RESERVED, r.stationId.toString(), r.tenant,
                        ReservationPayload.of(r, r.status.name(), null, null, now)));
    }

    /** Where {@code reserve_unit} puts the code it drew into the QR payload's template. */
    private static final String CODE_SLOT = "{code}";

    /** Turns a refusal of {@code reserve_unit} into its problem; the caller's transaction then rolls back. */
    private static void refuseUnlessReserved(ReservationRepository.UnitReserved unit, NewReservation request) {
        switch (unit.outcome()) {
            case "OK" -> {
            }
            case "NO_LOCKER" -> throw ProblemException.notFound("智能柜 / Locker", request.lockerId());
            case "NO_ITEM" -> throw ProblemException.notFound("物资 / Item", request.itemId());
            case "NOT_SERVING" -> throw ProblemException.conflict("驿站暂停服务，此柜不接受预约 / the station is not serving ("
                    + (unit.stationStatus() == null ? "unknown" : unit.stationStatus()) + "); its lockers take no reservations");
            case "OFFLINE" -> throw ProblemException.conflict("智能柜离线，暂不能预约 / the locker is offline; try another one");
            case "NOT_MEMBER" -> throw ProblemException.forbidden("须为工会会员 / this item is for union members only");
            case "NO_CODE" -> throw ProblemException.conflict("暂时无法生成取件码，请重试 / no free pickup code, please retry");
            case "QUOTA" -> throw ProblemException.conflict(unit.oncePerWorker()
                    ? "每人限领一次，您已领取或预约过 / once per worker: you have already reserved this item"
                    : "已达领取上限：每 " + unit.quotaDays() + " 天限 " + unit.quotaCount() + " 件 / quota reached: "
                    + unit.quotaCount() + " per " + unit.quotaDays() + " days");
            case "OUT_OF_STOCK" -> throw ProblemException.conflict("库存不足 / out of stock at this locker");
            default -> throw new IllegalStateException("reserve_unit answered " + unit.outcome());
        }
    }

    @WithSession
    public Uni<Page<Reservation>> mine(Caller caller, ReservationStatus status, PageRequest page) {
        var query = status == null
                ? reservations.find("worker = ?1 order by createdAt desc, id", caller.subject())
                : reservations.find("worker = ?1 and status = ?2 order by createdAt desc, id", caller.subject(), status);
        return query.page(page.page, page.size).list().chain(list -> query.count().map(total ->
                new Page<>(list, page.page, page.size, total)));
    }

    /**
     * A locker's reservations for its city's admins and managers (to help at the locker). They must not
     * be shown the codes: the resource leaves {@code pickupCode} and {@code qrPayload} out.
     */
    @WithSession
    public Uni<Page<Reservation>> ofLocker(Caller caller, UUID lockerId, ReservationStatus status, PageRequest page) {
        return lockerService.managed(caller, lockerId).chain(locker -> {
            var query = status == null
                    ? reservations.find("lockerId = ?1 order by createdAt desc, id", lockerId)
                    : reservations.find("lockerId = ?1 and status = ?2 order by createdAt desc, id", lockerId, status);
            return query.page(page.page, page.size).list().chain(list -> query.count().map(total -> new Page<>(list,
                    page.page, page.size, total)));
        });
    }

    @WithSession
    public Uni<Reservation> get(Caller caller, UUID id) {
        return own(caller, id);
    }

    /** The worker cancels a reservation not yet at the locker; its unit is released. */
    @WithTransaction
    public Uni<Reservation> cancel(Caller caller, UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return own(caller, id).chain(r -> {
            if (r.status == ReservationStatus.CANCELLED) {
                return Uni.createFrom().item(r);
            }
            return reservations.transition(id, "RESERVED", "CANCELLED", now, "worker").chain(moved -> {
                if (!moved) {
                    throw ProblemException.conflict("只能取消尚未取件的预约 / only a reservation not yet at the locker can be cancelled ("
                            + r.status + ")");
                }
                return compartments.release(r.compartmentId)
                        .chain(() -> Panache.getSession().chain(s -> s.refresh(r)))
                        .map(ignored -> r);
            });
        });
    }

    /**
     * Tells each worker whose uncollected reservation expires within {@code reservation-warn-before}: one
     * reservation-expiring event per reservation, ever, addressed to the worker's subject.
     */
    @WithTransaction
    public Uni<Integer> warnDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return reservations.lockWarnDue(now, now.plus(config.reservationWarnBefore()), 200).chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> reservations.markWarned(id, now)
                        .chain(marked -> !marked ? Uni.createFrom().item(0) : reservations.findById(id).chain(r ->
                                outbox.append(LockerEventTypes.RESERVATION_EXPIRING, r.stationId.toString(), r.tenant,
                                        new ReservationExpiringPayload(r.id, r.stationId, r.tenant, r.worker, r.itemName, r.expiresAt, now))
                                        .replaceWith(1))))
                .collect().asList().map(list -> list.stream().mapToInt(Integer::intValue).sum()));
    }

    /** Releases the units of reservations past their expiry; one reservation-expired event each. */
    @WithTransaction
    public Uni<Integer> expireDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return reservations.lockDue(now, 200).chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> reservations.transition(id, "RESERVED", "EXPIRED", now, "expiry")
                        .chain(moved -> !moved ? Uni.createFrom().item(0) : reservations.findById(id).chain(r ->
                                compartments.release(r.compartmentId)
                                        .chain(() -> outbox.append(LockerEventTypes.RESERVATION_EXPIRED, r.stationId.toString(),
                                                r.tenant, ReservationPayload.of(r, "EXPIRED", null, "expiry", now)))
                                        .replaceWith(1))))
                .collect().asList().map(list -> list.stream().mapToInt(Integer::intValue).sum()));
    }

    /**
     * Dispenses opened by a code that the device never reported on become UNKNOWN: the door may have
     * opened, so the unit stays held (never re-sold by this timer) until the device's late answer or its
     * next stock report settles it (DeviceCommandService).
     */
    @WithTransaction
    public Uni<Integer> closeStuckOpenings() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return reservations.lockStuckOpenings(now.minus(config.openingTimeout()), 200).chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> reservations.transition(id, "OPENING", "UNKNOWN", now, "timeout")
                        .map(moved -> moved ? 1 : 0))
                .collect().asList().map(list -> list.stream().mapToInt(Integer::intValue).sum()));
    }

    private Uni<Reservation> own(Caller caller, UUID id) {
        return reservations.findById(id).map(r -> {
            if (r == null || !r.worker.equals(caller.subject())) {
                throw ProblemException.notFound("预约 / Reservation", id);
            }
            return r;
        });
    }
}
