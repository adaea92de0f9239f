package io.yizhan.station.registry.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.registry.OpeningHours;
import io.yizhan.station.registry.Station;
import io.yizhan.station.registry.StationDetails;
import io.yizhan.station.registry.StationStatus;
import io.yizhan.station.registry.StationWithManagers;
import io.yizhan.station.registry.mapping.StationMapper;
import io.yizhan.station.registry.messaging.StationEventTypes;
import io.yizhan.station.registry.repository.StationManagerRepository;
import io.yizhan.station.registry.repository.StationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The registry's rules: who may register, edit and see which station, and the events that follow. */
@ApplicationScoped
public class StationService {

    private final StationRepository repository;
    private final StationManagerRepository managers;
    private final StationMapper mapper;
    private final StationDetailsValidator validator;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    public StationService(StationRepository repository, StationManagerRepository managers, StationMapper mapper,
                          StationDetailsValidator validator, Outbox outbox, IdempotentRequests idempotency,
                          Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.managers = managers;
        this.mapper = mapper;
        this.validator = validator;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /**
     * Registers a planned station in the caller's city; the station and its event commit together. With an
     * {@code Idempotency-Key} a repeat gets the response the first request got, stored in this transaction;
     * that response is the caller's view of the station, so the caller names its type and how to make it.
     */
    @WithTransaction
    public <V> Uni<IdempotentRequests.Outcome<V>> register(Caller caller, StationDetails registration, String idempotencyKey,
                                                           Class<V> viewType, Function<StationWithManagers, V> view) {
        String tenant = caller.tenantForWrite(registration.tenant());
        return validator.check(registration).chain(() ->
                idempotency.run(idempotencyKey, caller.subject(), registration, viewType, () -> {
                    Station station = new Station();
                    station.id = UUID.randomUUID();
                    station.tenant = tenant;
                    station.status = StationStatus.PLANNED;
                    mapper.apply(registration, station);
                    station.createdAt = OffsetDateTime.now(clock);
                    station.updatedAt = station.createdAt;
                    if (registration.hours() != null) {
                        verified(station, caller);
                        station.hoursChangedAt = station.createdAt;
                    }
                    return repository.persist(station)
                            .call(saved -> outbox.append(StationEventTypes.REGISTERED, saved.id.toString(), saved.tenant,
                                    mapper.toEvent(saved)))
                            .map(saved -> view.apply(new StationWithManagers(saved, List.of())));
                }));
    }

    /** Replaces a station's details (city admins of its city, or its own managers). */
    @WithTransaction
    public Uni<StationWithManagers> update(Caller caller, UUID id, StationDetails details) {
        return validator.check(details).chain(() -> editable(caller, id)).chain(station -> {
            if (details.tenant() != null && !details.tenant().equals(station.tenant)) {
                throw ProblemException.badRequest("tenant", "驿站不能转到其他城市 / a station cannot move to another city");
            }
            boolean hoursChanged = details.hours() != null && !details.hours().equals(mapper.hours(station));
            mapper.apply(details, station);
            if (hoursChanged) {
                verified(station, caller);
                station.hoursChangedAt = station.hoursVerifiedAt;
            }
            return changed(station, StationEventTypes.UPDATED, null, null)
                    .call(() -> hoursChanged ? changed(station, StationEventTypes.HOURS_CHANGED, null, null) : Uni.createFrom().voidItem())
                    .chain(this::adminView);
        });
    }

    /** Posts new opening hours; posting them is also a verification by the poster. */
    @WithTransaction
    public Uni<StationWithManagers> changeHours(Caller caller, UUID id, OpeningHours hours) {
        validator.checkHours(hours);
        return editable(caller, id).chain(station -> {
            mapper.apply(hours, station);
            verified(station, caller);
            station.hoursChangedAt = station.hoursVerifiedAt;
            return changed(station, StationEventTypes.HOURS_CHANGED, null, null).chain(this::adminView);
        });
    }

    /** Confirms that the posted hours are still right, e.g. after a visit or a worker's report. */
    @WithTransaction
    public Uni<StationWithManagers> verifyHours(Caller caller, UUID id) {
        return editable(caller, id).chain(station -> {
            verified(station, caller);
            return repository.flush().replaceWith(station).chain(this::adminView);
        });
    }

    /** Moves a station along its life cycle; only the province delists. */
    @WithTransaction
    public Uni<StationWithManagers> changeStatus(Caller caller, UUID id, StationStatus next, String reason) {
        return adminStation(caller, id).chain(station -> {
            StationStatus previous = station.status;
            if (previous == next) {
                return adminView(station);
            }
            if (!previous.canBecome(next)) {
                throw ProblemException.conflict("驿站状态不能从 " + previous.label + " 变为 " + next.label
                        + " / a station cannot go from " + previous + " to " + next);
            }
            if (next == StationStatus.DELISTED && !caller.isProvinceAdmin()) {
                throw ProblemException.forbidden("摘牌须由省总工会确认 / only the province confirms a delisting");
            }
            return moveTo(station, next, reason).chain(this::adminView);
        });
    }

    /**
     * Moves a station along its life cycle for the evaluation (warned, back to open, delisted), in the
     * caller's transaction; permission was decided by the card's own rules. A step the life cycle does
     * not allow is skipped: a suspended station is not "warned", a delisted one stays delisted.
     */
    public Uni<Station> moveByEvaluation(Station station, StationStatus next, String reason) {
        if (station.status == next || !station.status.canBecome(next)) {
            return Uni.createFrom().item(station);
        }
        return moveTo(station, next, reason);
    }

    private Uni<Station> moveTo(Station station, StationStatus next, String reason) {
        StationStatus previous = station.status;
        station.status = next;
        if (next == StationStatus.OPEN && previous != StationStatus.WARNED) {
            station.openedAt = OffsetDateTime.now(clock);
        }
        return changed(station, StationEventTypes.STATUS_CHANGED, previous.name(), reason);
    }

    /** Names the station managers (by login name); the update event tells other services who they are. */
    @WithTransaction
    public Uni<StationWithManagers> setManagers(Caller caller, UUID id, List<String> usernames) {
        return adminStation(caller, id).call(station -> managers.replace(station.id, usernames.stream().distinct().toList()))
                .chain(station -> changed(station, StationEventTypes.UPDATED, null, null))
                .chain(this::adminView);
    }

    /** Public data of any station that exists; workers cross city lines. */
    @WithSession
    public Uni<Station> publicView(UUID id) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", id));
    }

    /** Admin data: city admins of its city, province admins, and its own managers; others get "not found". */
    @WithSession
    public Uni<StationWithManagers> adminView(Caller caller, UUID id) {
        return editable(caller, id).chain(this::adminView);
    }

    @WithSession
    public Uni<Page<StationWithManagers>> list(Caller caller, String tenant, PageRequest page) {
        Optional<String> scope = caller.tenantScope();
        if (scope.isPresent() && tenant != null && !tenant.equals(scope.get())) {
            return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
        }
        return repository.list(scope.or(() -> Optional.ofNullable(tenant)), page)
                .map(result -> result.map(station -> new StationWithManagers(station, null)));
    }

    /**
     * The stations a station manager looks after in their own city (a name kept after a move to another
     * city grants nothing there), for the manager's phone page; anyone else manages none here.
     */
    @WithSession
    public Uni<List<StationWithManagers>> managed(Caller caller) {
        if (!caller.has(Roles.STATION_MANAGER) || caller.tenant() == null) {
            return Uni.createFrom().item(List.of());
        }
        return managers.stationsOf(caller.username())
                .chain(ids -> repository.inCity(ids, caller.tenant()))
                .map(stations -> stations.stream().map(station -> new StationWithManagers(station, null)).toList());
    }

    private Uni<StationWithManagers> adminView(Station station) {
        return managers.managersOf(station.id).map(names -> new StationWithManagers(station, names));
    }

    private Uni<Station> changed(Station station, String eventType, String previousStatus, String reason) {
        station.updatedAt = OffsetDateTime.now(clock);
        // Flushing first gives the event the version the row now has.
        return repository.flush()
                .chain(() -> managers.managersOf(station.id))
                .chain(names -> outbox.append(eventType, station.id.toString(), station.tenant,
                        mapper.toEvent(station, names, previousStatus, reason)))
                .replaceWith(station);
    }

    private void verified(Station station, Caller caller) {
        station.hoursVerifiedAt = OffsetDateTime.now(clock);
        station.hoursVerifiedBy = caller.username();
    }

    /** A station the caller administers as city or province admin; others' are "not found". */
    public Uni<Station> adminStation(Caller caller, UUID id) {
        return repository.findById(id)
                .map(station -> station != null && isAdmin(caller) && caller.sees(station.tenant) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", id));
    }

    /** A station the caller administers, or manages as one of its station managers. */
    public Uni<Station> editable(Caller caller, UUID id) {
        return repository.findById(id).chain(station -> {
            if (station == null) {
                return Uni.createFrom().nullItem();
            }
            if (isAdmin(caller) && caller.sees(station.tenant)) {
                return Uni.createFrom().item(station);
            }
            if (caller.has(Roles.STATION_MANAGER) && station.tenant.equals(caller.tenant())) {
                return managers.manages(caller.username(), station.id).map(yes -> yes ? station : null);
            }
            return Uni.createFrom().nullItem();
        }).onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", id));
    }

    private static boolean isAdmin(Caller caller) {
        return caller.isProvinceAdmin() || caller.has(Roles.CITY_ADMIN);
    }
}
