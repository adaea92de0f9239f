package io.yizhan.locker.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.StationReplicaConsumerTestBase;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.locker.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** station-events from a real broker into this service's station replica, and what a station's status means here. */
@QuarkusTest
class StationEventsConsumerTest extends StationReplicaConsumerTestBase {

    @Override
    protected String replicaPath() {
        return "/api/v1/lockers/stations/{id}";
    }

    @Override
    protected String deadLetterTopic() {
        return "station-events.dlq.locker-service";
    }

    @Test
    void aStationSuspendedThroughStationEventsStopsItsLockersReservations() {
        UUID station = UUID.randomUUID();
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "暂停测试驿站", "OPEN", 1));
        awaitReplica(station, "status", "OPEN");
        String clientId = "locker-" + UUID.randomUUID();
        UUID locker = Fixtures.onlineLocker("fuzhou", station, clientId);
        UUID item = Fixtures.supply("fuzhou", "面包", Map.of());
        Fixtures.stock(locker, 1, item, 5);
        String worker = Fixtures.worker("suspend-" + UUID.randomUUID());
        Fixtures.reserve(worker, locker, item).statusCode(201);

        publish(station, event(UUID.randomUUID(), station, "fuzhou", "暂停测试驿站", "SUSPENDED", 2));
        awaitReplica(station, "status", "SUSPENDED");
        Fixtures.reserve(Fixtures.worker("suspend-b-" + UUID.randomUUID()), locker, item)
                .statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/nearby?lat=26.08&lon=119.30&radius=100")
                .then().statusCode(200).body("id", not(hasItem(locker.toString())));
    }
}
