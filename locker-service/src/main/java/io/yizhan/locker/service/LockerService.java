package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.locker.Compartment;
import io.yizhan.locker.Locker;
import io.yizhan.locker.StationReplica;
import io.yizhan.locker.Supply;
import io.yizhan.locker.config.LockerConfig;
import io.yizhan.locker.messaging.DeviceStatusPayload;
import io.yizhan.locker.messaging.LockerEventTypes;
import io.yizhan.locker.repository.CompartmentRepository;
import io.yizhan.locker.repository.LockerRepository;
import io.yizhan.locker.repository.NearbyLockerRepository;
import io.yizhan.locker.repository.StationReplicaRepository;
import io.yizhan.locker.repository.SupplyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lockers: registration at a station, reads in the caller's scope, device heartbeats and liveness. */
@ApplicationScoped
public class LockerService {

    /** Station statuses under which a locker may be added and may take reservations. */
    public static final Set<String> SERVING = Set.of("OPEN", "WARNED");

    private final LockerRepository lockers;
    private final CompartmentRepository compartments;
    private final StationReplicaRepository stations;
    private final SupplyRepository supplies;
    private final NearbyLockerRepository nearby;
    private final Outbox outbox;
    private final LockerConfig config;
    private final Clock clock;

    public LockerService(LockerRepository lockers, CompartmentRepository compartments, StationReplicaRepository stations,
                         SupplyRepository supplies, NearbyLockerRepository nearby, Outbox outbox,
                         LockerConfig config, Clock clock) {
        this.clock = clock;
        this.lockers = lockers;
        this.compartments = compartments;
        this.stations = stations;
        this.supplies = supplies;
        this.nearby = nearby;
        this.outbox = outbox;
        this.config = config;
    }

    /** A new locker at a station, already checked by Bean Validation on {@code rest.LockerRegistration}. */
    public record NewLocker(String tenant, UUID stationId, String name, String deviceClientId, Integer compartments) {
    }

    /**
     * A locker with what a view of it shows: its station (null if the replica does not know it), its
     * compartments (null in lists) with their items, and whether the caller may see the device's client id (admins).
     */
    public record LockerDetails(Locker locker, StationReplica station, boolean admin, List<Compartment> compartments,
                                Map<UUID, Supply> items) {
    }

    static boolean isAdmin(Caller caller) {
        return caller.has(Roles.PROVINCE_ADMIN) || caller.has(Roles.CITY_ADMIN);
    }

    @WithTransaction
    public Uni<LockerDetails> register(Caller caller, NewLocker request) {
        return stations.findById(request.stationId()).chain(station -> {
            if (station == null || !caller.sees(station.tenant)) {
                throw ProblemException.notFound("驿站 / Station", request.stationId());
            }
            if (request.tenant() != null && !station.tenant.equals(request.tenant())) {
                throw ProblemException.badRequest("tenant", "须与驿站所属城市一致 / must be the station's city: " + station.tenant);
            }
            if (!SERVING.contains(station.status)) {
                throw ProblemException.conflict("驿站未开放，不能安装智能柜 / the station is " + station.status
                        + "; only OPEN or WARNED stations accept new lockers");
            }
            return lockers.findByDevice(request.deviceClientId()).chain(bound -> {
                // a device id belongs to the city of the locker it serves: another city's admin is told so
                // (403, as any write for another city), the same city's admin that it is taken (409)
                if (bound != null && !bound.tenant.equals(station.tenant)) {
                    throw ProblemException.forbidden("该设备属于其他城市，不能绑定到本市的智能柜 / deviceClientId is a device of another city");
                }
                if (bound != null) {
                    throw ProblemException.conflict("该设备已绑定其他智能柜 / deviceClientId is bound to another locker");
                }
                Locker locker = new Locker();
                locker.id = UUID.randomUUID();
                locker.tenant = station.tenant;
                locker.stationId = station.id;
                locker.name = request.name().strip();
                locker.deviceClientId = request.deviceClientId();
                locker.compartmentCount = request.compartments() != null ? request.compartments() : config.defaultCompartments();
                locker.online = false;
                locker.createdAt = OffsetDateTime.now(clock);
                List<Compartment> made = new ArrayList<>();
                for (int n = 1; n <= locker.compartmentCount; n++) {
                    Compartment c = new Compartment();
                    c.id = UUID.randomUUID();
                    c.lockerId = locker.id;
                    c.number = n;
                    made.add(c);
                }
                return lockers.persist(locker).chain(() -> compartments.persist(made))
                        .map(ignored -> new LockerDetails(locker, station, true, made, Map.of()));
            });
        });
    }

    /**
     * A locker the caller may manage: admins of its city, and the managers of its own station
     * (from the station replica); others get "not found". Volunteers of the city keep restocking
     * any of its lockers (butler teams serve several stations).
     */
    public Uni<Locker> managed(Caller caller, UUID id) {
        return lockers.findById(id).chain(locker -> {
            if (locker == null || !caller.sees(locker.tenant)) {
                throw ProblemException.notFound("智能柜 / Locker", id);
            }
            if (isAdmin(caller) || !caller.has(Roles.STATION_MANAGER) || caller.has(Roles.VOLUNTEER)) {
                return Uni.createFrom().item(locker);
            }
            return stations.findById(locker.stationId).map(station -> {
                if (station == null || !station.managedBy(caller.username())) {
                    throw ProblemException.notFound("智能柜 / Locker", id);
                }
                return locker;
            });
        });
    }

    /** A locker for this device: unknown is 404, another device's is 403. */
    public Uni<Locker> ofDevice(Caller caller, UUID id) {
        return lockers.findById(id).map(locker -> {
            if (locker == null) {
                throw ProblemException.notFound("智能柜 / Locker", id);
            }
            if (caller.clientId() == null || !caller.clientId().equals(locker.deviceClientId)) {
                throw ProblemException.forbidden("此设备未绑定该智能柜 / this device is not bound to this locker");
            }
            // a device is its city's (the tenant of its client): another city's admin who bound its id
            // first gets nothing from it, and the device never acts for a locker of another city
            if (caller.tenant() == null || !caller.tenant().equals(locker.tenant)) {
                throw ProblemException.forbidden("此设备属于其他城市 / this device belongs to another city than the locker");
            }
            return locker;
        });
    }

    @WithSession
    public Uni<Page<LockerDetails>> list(Caller caller, String tenant, UUID stationId, PageRequest page) {
        Optional<String> scope = caller.tenantScope();
        if (scope.isPresent() && tenant != null && !scope.get().equals(tenant)) {
            return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
        }
        String city = scope.orElse(tenant);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> args = new java.util.HashMap<>();
        if (city != null) {
            where.append(" and tenant = :tenant");
            args.put("tenant", city);
        }
        if (stationId != null) {
            where.append(" and stationId = :station");
            args.put("station", stationId);
        }
        var query = lockers.find(where + " order by createdAt, id", args);
        boolean admin = isAdmin(caller);
        return query.page(page.page, page.size).list().chain(found -> query.count().chain(total ->
                stationsOf(found).map(byId -> new Page<>(found.stream()
                        .map(l -> new LockerDetails(l, byId.get(l.stationId), admin, null, Map.of())).toList(),
                        page.page, page.size, total))));
    }

    /** One locker with its compartments: admins, managers and volunteers of its city; workers of any. */
    @WithSession
    public Uni<LockerDetails> get(Caller caller, UUID id) {
        boolean worker = WorkerScope.actsAsWorker(caller);
        return lockers.findById(id).chain(locker -> {
            if (locker == null || (!worker && !caller.sees(locker.tenant))) {
                throw ProblemException.notFound("智能柜 / Locker", id);
            }
            return stations.findById(locker.stationId).chain(station -> compartments.ofLocker(id).chain(list ->
                    itemsOf(list).map(items -> new LockerDetails(locker, station, isAdmin(caller), list, items))));
        });
    }

    public Uni<List<NearbyLockerRepository.Near>> nearby(double lat, double lon, int radiusM, int limit) {
        return nearby.nearby(lat, lon, radiusM, limit);
    }

    /** A heartbeat from the locker's own device; an offline locker comes online with an event. Returns when it was taken. */
    @WithTransaction
    public Uni<OffsetDateTime> heartbeat(Caller caller, UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return ofDevice(caller, id).chain(locker -> seen(locker, now).map(ignored -> now));
    }

    /**
     * The locker's device was heard from (a heartbeat, or any message on the device channel); an
     * offline locker comes online with an event. Returns whether it came online. Runs in the caller's transaction.
     */
    public Uni<Boolean> seen(Locker locker, OffsetDateTime now) {
        return lockers.heartbeat(locker.id, now).call(cameOnline -> cameOnline
                ? outbox.append(LockerEventTypes.DEVICE_ONLINE, locker.stationId.toString(), locker.tenant,
                        new DeviceStatusPayload(locker.id, locker.stationId, locker.tenant, true, now, now))
                : Uni.createFrom().voidItem());
    }

    /** The device said goodbye, or the broker said so for it (its last will): offline at once, with an event. */
    public Uni<Void> gone(Locker locker, OffsetDateTime now) {
        return lockers.markOffline(locker.id).chain(changed -> changed == 0 ? Uni.createFrom().voidItem()
                : outbox.append(LockerEventTypes.DEVICE_OFFLINE, locker.stationId.toString(), locker.tenant,
                        new DeviceStatusPayload(locker.id, locker.stationId, locker.tenant, false, locker.lastHeartbeatAt, now))
                        .replaceWithVoid());
    }

    /** Marks lockers offline that have been silent longer than configured; one event each. */
    @WithTransaction
    public Uni<Integer> markSilentOffline() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return lockers.lockSilent(now.minus(config.offlineAfter()), 200).chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> lockers.markOffline(id).chain(changed -> changed == 0
                        ? Uni.createFrom().item(0)
                        : lockers.findById(id).chain(locker -> outbox.append(LockerEventTypes.DEVICE_OFFLINE,
                                locker.stationId.toString(), locker.tenant, new DeviceStatusPayload(locker.id,
                                        locker.stationId, locker.tenant, false, locker.lastHeartbeatAt, now))).replaceWith(1)))
                .collect().asList().map(list -> list.stream().mapToInt(Integer::intValue).sum()));
    }

    Uni<Map<UUID, StationReplica>> stationsOf(List<Locker> found) {
        List<UUID> ids = found.stream().map(l -> l.stationId).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return stations.list("id in ?1", ids).map(list -> list.stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity())));
    }

    Uni<Map<UUID, Supply>> itemsOf(List<Compartment> list) {
        List<UUID> ids = list.stream().map(c -> c.itemId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return supplies.list("id in ?1", ids).map(items -> items.stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity())));
    }
}
