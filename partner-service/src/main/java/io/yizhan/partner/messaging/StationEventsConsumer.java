package io.yizhan.partner.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.yizhan.common.replica.StationChange;
import io.yizhan.common.replica.StationReplicaTable;
import io.yizhan.common.replica.StationReplicaWriter;
import io.yizhan.partner.service.EventIntakeService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** station-events → station replica and webhook deliveries, a poll at a time; unusable records are dead-lettered. */
@ApplicationScoped
public class StationEventsConsumer {

    /**
     * The replica that places locker events; its inbox name is the one the
     * webhook intake has always recorded station events under, so no event is delivered twice. The
     * managers are the audience of station notifications.
     */
    static final StationReplicaTable REPLICA = StationReplicaTable.of("partner-service.station-webhooks")
            .withColumn("managers", StationChange::managersJoined);

    private final StationReplicaWriter writer;
    private final EventIntakeService intake;

    public StationEventsConsumer(StationReplicaWriter writer, EventIntakeService intake) {
        this.writer = writer;
        this.intake = intake;
    }

    @Incoming("station-events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> records) {
        return writer.consume(records, REPLICA, intake::stationChanges);
    }
}
