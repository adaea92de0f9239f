package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.locker.StationReplica;
import io.yizhan.locker.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Reads the station replica; yizhan-common's StationReplicaWriter keeps it from station-events. */
@ApplicationScoped
public class StationReplicaService {

    private final StationReplicaRepository repository;

    public StationReplicaService(StationReplicaRepository repository) {
        this.repository = repository;
    }

    /** The replica of a station in the caller's scope; another city's is "not found". */
    @WithSession
    public Uni<StationReplica> find(Caller caller, UUID id) {
        return repository.findById(id)
                .map(replica -> replica != null && caller.sees(replica.tenant) ? replica : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", id));
    }
}
