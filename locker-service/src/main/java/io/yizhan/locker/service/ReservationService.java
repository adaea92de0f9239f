package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.locker.Locker;
import io.yizhan.locker.Reservation;
import io.yizhan.locker.ReservationStatus;
import io.yizhan.locker.Supply;
import io.yizhan.locker.config.LockerConfig;
import io.yizhan.locker.messaging.LockerEventTypes;
import io.yizhan.locker.messaging.ReservationExpiringPayload;
import io.yizhan.locker.messaging.ReservationPayload;
import io.yizhan.locker.repository.CompartmentRepository;
import io.yizhan.locker.repository.LockerRepository;
import io.yizhan.locker.repository.ReservationRepository;
import io.yizhan.locker.repository.StationReplicaRepository;
import io.yizhan.locker.repository.SupplyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reserving an item: the rules (station serving, locker online, members only, quota) and the hold
 * of one unit, all in one transaction with the item-reserved event and the Idempotency-Key record.
 *
 * <p>Race-freedom: the (worker, item) lock row is upserted first, so one worker's requests for one
 * item check their quota one after another; the unit is then held by a single conditional UPDATE
 * ({@code held = held + 1 WHERE quantity - held > 0}), which PostgreSQL re-checks under the row
 * lock, so no unit is promised twice and the table's checks forbid negative stock.
 */
@ApplicationScoped
public class ReservationService {

    private final ReservationRepository reservations;
    private final LockerRepository lockers;
    private final CompartmentRepository compartments;
    private final SupplyRepository supplies;
    private final StationReplicaRepository stations;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final LockerConfig config;
    private final LockerService lockerService;
    private final Clock clock;

    public ReservationService(ReservationRepository reservations, LockerRepository lockers, CompartmentRepository compartments,
                              SupplyRepository supplies, StationReplicaRepository stations, Outbox outbox,
                              IdempotentRequests idempotency, LockerConfig config, LockerService lockerService, Clock clock) {
        this.clock = clock;
        this.lockerService = lockerService;
        this.reservations = reservations;
        this.lockers = lockers;
        this.compartments = compartments;
        this.supplies = supplies;
        this.stations = stations;
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
    @WithTransaction
    public <V> Uni<IdempotentRequests.Outcome<V>> reserve(Caller caller, NewReservation request, String key, Class<V> viewType,
                                                          Function<Reservation, V> view) {
        String worker = caller.subject();
        return idempotency.run(key, worker, request, viewType, () -> reserve(worker, request).map(view));
    }

    private Uni<Reservation> reserve(String worker, NewReservation request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return lockers.findById(request.lockerId()).chain(locker -> {
            if (locker == null) {
                throw ProblemException.notFound("智能柜 / Locker", request.lockerId());
            }
            return supplies.findById(request.itemId()).chain(item -> {
                if (item == null || !item.tenant.equals(locker.tenant)) {
                    throw ProblemException.notFound("物资 / Item", request.itemId());
                }
                return stations.findById(locker.stationId).chain(station -> {
                    if (station == null || !LockerService.SERVING.contains(station.status)) {
                        throw ProblemException.conflict("驿站暂停服务，此柜不接受预约 / the station is not serving ("
                                + (station == null ? "unknown" : station.status) + "); its lockers take no reservations");
                    }
                    if (!locker.online) {
                        throw ProblemException.conflict("智能柜离线，暂不能预约 / the locker is offline; try another one");
                    }
                    Uni<Boolean> member = item.membersOnly ? supplies.isMember(worker) : Uni.createFrom().item(true);
                    return member.chain(isMember -> {
                        if (!isMember) {
                            throw ProblemException.forbidden("须为工会会员 / this item is for union members only");
                        }
                        // the code is drawn before the hold, so that the compartment's row lock (taken by the
                        // hold and kept to commit) covers as few statements as possible
                        return reservations.freeCode(locker.id).chain(code -> reservations.lockWorkerItem(worker, item.id, now)
                                .chain(() -> checkQuota(worker, item, now))
                                .chain(() -> compartments.candidates(locker.id, item.id))
                                .chain(candidates -> holdFirst(candidates, 0))
                                .chain(held -> create(worker, locker, item, held, code, now)));
                    });
                });
            });
        });
    }

    private Uni<Void> checkQuota(String worker, Supply item, OffsetDateTime now) {
        OffsetDateTime since = item.oncePerWorker ? OffsetDateTime.parse("2000-01-01T00:00:00+08:00") : now.minusDays(item.quotaDays);
        int limit = item.oncePerWorker ? 1 : item.quotaCount;
        return reservations.countTowardsQuota(worker, item.id, since).map(count -> {
            if (count >= limit) {
                throw ProblemException.conflict(item.oncePerWorker
                        ? "每人限领一次，您已领取或预约过 / once per worker: you have already reserved this item"
                        : "已达领取上限：每 " + item.quotaDays + " 天限 " + item.quotaCount + " 件 / quota reached: "
                        + item.quotaCount + " per " + item.quotaDays + " days");
            }
            return null;
        });
    }

    /** Tries the candidate compartments in order; returns (id, number) of the one where a unit was held. */
    private Uni<Object[]> holdFirst(List<Object[]> candidates, int index) {
        if (index >= candidates.size()) {
            return Uni.createFrom().failure(ProblemException.conflict("库存不足 / out of stock at this locker"));
        }
        Object[] candidate = candidates.get(index);
        return compartments.hold((UUID) candidate[0])
                .chain(held -> held ? Uni.createFrom().item(candidate) : holdFirst(candidates, index + 1));
    }

    private Uni<Reservation> create(String worker, Locker locker, Supply item, Object[] compartment, String code,
                                        OffsetDateTime now) {
        return Uni.createFrom().item(code).chain(ignored -> {
            if (code == null) {
                throw ProblemException.conflict("暂时无法生成取件码，请重试 / no free pickup code, please retry");
            }
            Reservation r = new Reservation();
            r.id = UUID.randomUUID();
            r.tenant = locker.tenant;
            r.lockerId = locker.id;
            r.stationId = locker.stationId;
            r.compartmentId = (UUID) compartment[0];
            r.compartmentNumber = ((Number) compartment[1]).intValue();
            r.itemId = item.id;
            r.itemName = item.name;
            r.unitValueFen = item.unitValueFen;
            r.worker = worker;
            r.pickupCode = code;
            r.qrPayload = "YZ1|" + locker.id + "|" + code + "|" + r.id;
            r.status = ReservationStatus.RESERVED;
            r.createdAt = now;
            r.expiresAt = now.plus(config.reservationTtl());
            return reservations.persist(r)
                    .call(() -> outbox.append(LockerEventTypes.ITEM_RESERVED, r.stationId.toString(), r.tenant,
                            ReservationPayload.of(r, r.status.name(), null, null, now)));
        });
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
