package io.yizhan.station.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.station.Station;
import io.yizhan.station.StationStatus;
import io.yizhan.station.mapping.StationMapper;
import io.yizhan.station.messaging.StationEventTypes;
import io.yizhan.station.repository.StationRepository;
import io.yizhan.station.rest.StationAdminView;
import io.yizhan.station.rest.StationRegistration;
import io.yizhan.station.rest.StationView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** The registry's rules: who may register and see which station, and the events that follow. */
@ApplicationScoped
public class StationService {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");

    private final StationRepository repository;
    private final StationMapper mapper;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;

    public StationService(StationRepository repository, StationMapper mapper, Outbox outbox,
                          IdempotentRequests idempotency) {
        this.repository = repository;
        this.mapper = mapper;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /** Registers a planned station in the caller's city; the station and its event commit together. */
    @WithTransaction
    public Uni<IdempotentRequests.Outcome<StationAdminView>> register(Caller caller, StationRegistration registration,
                                                                      String idempotencyKey) {
        String tenant = caller.tenantForWrite(registration.tenant());
        return idempotency.run(idempotencyKey, caller.subject(), registration, StationAdminView.class, () -> {
            Station station = new Station();
            station.id = UUID.randomUUID();
            station.tenant = tenant;
            station.status = StationStatus.PLANNED;
            mapper.apply(registration, station);
            station.createdAt = OffsetDateTime.now(STATION_TIME);
            station.updatedAt = station.createdAt;
            return repository.persist(station)
                    .call(saved -> outbox.append(StationEventTypes.REGISTERED, saved.id.toString(), saved.tenant,
                            mapper.toEvent(saved)))
                    .map(mapper::toAdminView);
        });
    }

    /** Public data of any station that exists; workers cross city lines. */
    @WithSession
    public Uni<StationView> publicView(UUID id) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", id))
                .map(mapper::toView);
    }

    /** Admin data, only inside the caller's tenant: another city's station is "not found". */
    @WithSession
    public Uni<StationAdminView> adminView(Caller caller, UUID id) {
        return repository.findById(id)
                .map(station -> station != null && caller.sees(station.tenant) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", id))
                .map(mapper::toAdminView);
    }

    @WithSession
    public Uni<Page<StationAdminView>> list(Caller caller, String tenant, PageRequest page) {
        var scope = caller.tenantScope();
        if (scope.isPresent() && tenant != null && !tenant.equals(scope.get())) {
            return Uni.createFrom().item(new Page<>(java.util.List.of(), page.page, page.size, 0));
        }
        return repository.list(scope.or(() -> java.util.Optional.ofNullable(tenant)), page)
                .map(result -> result.map(mapper::toAdminView));
    }
}
