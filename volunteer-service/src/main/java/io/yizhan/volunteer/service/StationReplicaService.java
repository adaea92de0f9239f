package io.yizhan.volunteer.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.MalformedEventException;
import io.yizhan.common.inbox.Inbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.StationReplica;
import io.yizhan.volunteer.messaging.StationChange;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Applies station events to the replica: once per event, and never an older version over a newer one. */
@ApplicationScoped
public class StationReplicaService {

    static final String CONSUMER = "volunteer-service.station-replica";

    private final StationReplicaRepository repository;
    private final Inbox inbox;

    public StationReplicaService(StationReplicaRepository repository, Inbox inbox) {
        this.repository = repository;
        this.inbox = inbox;
    }

    /** Returns whether the event changed the replica. */
    @WithTransaction
    public Uni<Boolean> apply(CloudEvent event, StationChange change) {
        if (change.id() == null || change.tenant() == null || change.name() == null || change.status() == null) {
            return Uni.createFrom().failure(new MalformedEventException("station event without id, tenant, name or status"));
        }
        return inbox.once(event, CONSUMER, () -> repository.findById(change.id())
                .chain(existing -> {
                    if (existing != null && existing.version >= change.version()) {
                        return Uni.createFrom().voidItem();
                    }
                    StationReplica replica = existing != null ? existing : new StationReplica();
                    replica.id = change.id();
                    replica.tenant = change.tenant();
                    replica.name = change.name();
                    replica.status = change.status();
                    replica.lat = change.lat();
                    replica.lon = change.lon();
                    replica.version = change.version();
                    replica.managers = change.managers() == null ? "" : String.join(",", change.managers());
                    replica.updatedAt = OffsetDateTime.now();
                    return repository.persist(replica).replaceWithVoid();
                }));
    }

    /** The replica of a station in the caller's scope; another city's is "not found". */
    @WithSession
    public Uni<StationReplica> find(Caller caller, UUID id) {
        return repository.findById(id)
                .map(replica -> replica != null && caller.sees(replica.tenant) ? replica : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", id));
    }
}
