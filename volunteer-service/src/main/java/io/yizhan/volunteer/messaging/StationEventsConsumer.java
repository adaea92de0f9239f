package io.yizhan.volunteer.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.yizhan.common.replica.StationChange;
import io.yizhan.common.replica.StationReplicaTable;
import io.yizhan.common.replica.StationReplicaWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the station replica from station-events, a poll at a time; unusable records are dead-lettered. */
@ApplicationScoped
public class StationEventsConsumer {

    /**
     * This service's replica: the common columns, the managers (who may manage what) and whether it
     * is open around the clock (only then may a shift cross midnight).
     */
    static final StationReplicaTable REPLICA = StationReplicaTable.of("volunteer-service.station-replica")
            .withColumn("managers", StationChange::managersJoined)
            .withColumn("open24h", StationChange::open24h);

    private final StationReplicaWriter writer;

    public StationEventsConsumer(StationReplicaWriter writer) {
        this.writer = writer;
    }

    @Incoming("station-events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> records) {
        return writer.consume(records, REPLICA);
    }
}
