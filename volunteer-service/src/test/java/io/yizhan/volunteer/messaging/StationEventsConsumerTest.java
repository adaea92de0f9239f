package io.yizhan.volunteer.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.StationReplicaConsumerTestBase;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** station-events from a real broker into this service's station replica. */
@QuarkusTest
class StationEventsConsumerTest extends StationReplicaConsumerTestBase {

    @Override
    protected String replicaPath() {
        return "/api/v1/volunteers/stations/{id}";
    }

    @Override
    protected String deadLetterTopic() {
        return "station-events.dlq.volunteer-service";
    }

    @Test
    void aStationOpenAroundTheClockIsKeptSoThatNightShiftsMayBePublishedThere() {
        UUID station = UUID.randomUUID();
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "全天驿站", "OPEN", 0));
        awaitReplica(station, "open24h", false);
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "全天驿站", "OPEN", 1)
                .replace("\"version\":1", "\"version\":1,\"open24h\":true"));
        awaitReplica(station, "open24h", true);
    }
}
