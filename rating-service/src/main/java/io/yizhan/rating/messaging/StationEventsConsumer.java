package io.yizhan.rating.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.rating.service.StationReplicaService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/** Keeps the station replica from station-events; unusable records are dead-lettered by the connector. */
@ApplicationScoped
public class StationEventsConsumer {

    private final CloudEventCodec codec;
    private final StationReplicaService replicas;

    public StationEventsConsumer(CloudEventCodec codec, StationReplicaService replicas) {
        this.codec = codec;
        this.replicas = replicas;
    }

    /** Events that carry a station's whole state; others on the topic (daily visit counts) are not for the replica. */
    static final Set<String> STATE_EVENTS = Set.of("yizhan.station.registered", "yizhan.station.updated",
            "yizhan.station.status-changed", "yizhan.station.hours-changed");

    @Incoming("station-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> STATE_EVENTS.contains(event.type())
                        ? replicas.apply(event, codec.data(event, StationChange.class))
                        : Uni.createFrom().item(false))
                .replaceWithVoid();
    }
}
