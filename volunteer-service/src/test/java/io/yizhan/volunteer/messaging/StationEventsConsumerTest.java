package io.yizhan.volunteer.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.StationReplicaConsumerTestBase;

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
}
