package io.yizhan.volunteer.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.volunteer.service.StationReplicaService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the station replica from station-events; unusable records are dead-lettered by the connector. */
@ApplicationScoped
public class StationEventsConsumer {

    private final CloudEventCodec codec;
    private final StationReplicaService replicas;

    public StationEventsConsumer(CloudEventCodec codec, StationReplicaService replicas) {
        this.codec = codec;
        this.replicas = replicas;
    }

    @Incoming("station-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> replicas.apply(event, codec.data(event, StationChange.class)))
                .replaceWithVoid();
    }
}
