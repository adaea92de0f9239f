package io.yizhan.rating.service;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.rating.StationReplica;
import io.yizhan.rating.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Which stations may be rated, posted on or suggested for: known to the replica, opened, not delisted. */
@ApplicationScoped
public class StationGuard {

    private final StationReplicaRepository stations;

    public StationGuard(StationReplicaRepository stations) {
        this.stations = stations;
    }

    /** The station, or 404 when this service has never heard of it, 409 when it is delisted or not yet open. */
    public Uni<StationReplica> rateable(UUID stationId) {
        return stations.findById(stationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", stationId))
                .invoke(station -> {
                    if ("DELISTED".equals(station.status)) {
                        throw ProblemException.conflict("该驿站已摘牌，不再接受评价 / station " + stationId + " is delisted");
                    }
                    if ("PLANNED".equals(station.status)) {
                        throw ProblemException.conflict("该驿站尚未开放 / station " + stationId + " has not opened yet");
                    }
                });
    }
}
