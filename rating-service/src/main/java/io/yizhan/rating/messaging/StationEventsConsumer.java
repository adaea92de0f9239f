package io.yizhan.rating.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.yizhan.common.replica.StationReplicaTable;
import io.yizhan.common.replica.StationReplicaWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the station replica from station-events, a poll at a time; unusable records are dead-lettered. */
@ApplicationScoped
public class StationEventsConsumer {

    /** This service's replica: the common columns only). */
    static final StationReplicaTable REPLICA = StationReplicaTable.of("rating-service.station-replica");

    private final StationReplicaWriter writer;

    public StationEventsConsumer(StationReplicaWriter writer) {
        this.writer = writer;
    }

    @Incoming("station-events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> records) {
        return writer.consume(records, REPLICA);
    }
}
