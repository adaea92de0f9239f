package io.yizhan.locker.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** station-events from a real broker into this service's station replica. */
@QuarkusTest
class StationEventsConsumerTest {

    static final String TOPIC = "station-events";
    static final String DLQ = "station-events.dlq.locker-service";

    static String event(UUID eventId, UUID stationId, String tenant, String name, String status, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/station-service","type":"yizhan.station.registered",
                 "time":"2026-11-28T09:00:00+08:00","subject":"%s","tenant":"%s","datacontenttype":"application/json",
                 "data":{"id":"%s","tenant":"%s","name":"%s","address":"福州市","district":"鼓楼区","lat":26.08,
                         "lon":119.30,"type":"STANDALONE","status":"%s","version":%d}}
                """.formatted(eventId, stationId, tenant, stationId, tenant, name, status, version);
    }

    static void publish(UUID stationId, String... events) {
        TopicReader.write(TOPIC, stationId.toString(), events);
    }

    static void awaitReplica(UUID stationId, String field, Object value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.cityAdmin("fuzhou"))
                        .when().get("/api/v1/lockers/stations/{id}", stationId)
                        .then().statusCode(200).body(field, equalTo(value)));
    }

    @Test
    void aRegisteredStationAppearsInTheReplica() {
        UUID station = UUID.randomUUID();
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "鼓楼驿站", "PLANNED", 0));
        awaitReplica(station, "name", "鼓楼驿站");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers/stations/{id}", station)
                .then().body("tenant", equalTo("fuzhou")).body("status", equalTo("PLANNED")).body("version", equalTo(0));
    }

    @Test
    void aStaleVersionNeverOverwritesANewerOne() {
        UUID station = UUID.randomUUID();
        publish(station,
                event(UUID.randomUUID(), station, "fuzhou", "新名称", "OPEN", 3),
                event(UUID.randomUUID(), station, "fuzhou", "旧名称", "PLANNED", 1),
                event(UUID.randomUUID(), station, "fuzhou", "标记", "OPEN", 4));
        awaitReplica(station, "name", "标记");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers/stations/{id}", station)
                .then().body("version", equalTo(4));
    }

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() {
        UUID station = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        // The second record reuses the first one's event id: the inbox must recognise it and skip it,
        // even though its version alone would have been applied.
        publish(station,
                event(eventId, station, "fuzhou", "第一次", "PLANNED", 1),
                event(eventId, station, "fuzhou", "重复投递", "OPEN", 2),
                event(UUID.randomUUID(), station, "fuzhou", "第一次", "PLANNED", 1));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.cityAdmin("fuzhou"))
                        .when().get("/api/v1/lockers/stations/{id}", station)
                        .then().statusCode(200).body("name", equalTo("第一次")).body("version", equalTo(1)));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
        UUID station = UUID.randomUUID();
        String notJson = "这不是 JSON " + station;
        String noData = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"yizhan.station.registered\","
                + "\"subject\":\"" + station + "\"}";
        publish(station, notJson, noData, event(UUID.randomUUID(), station, "fuzhou", "之后的驿站", "OPEN", 0));

        awaitReplica(station, "name", "之后的驿站");
        List<ConsumerRecord<String, String>> dead = TopicReader.read(DLQ, r -> station.toString().equals(r.key()),
                found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly(notJson, noData);
        assertThat(dead).allSatisfy(record -> assertThat(new String(
                record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).isNotBlank());
    }

    @Test
    void onlyAdminsOfTheStationsCitySeeItsReplica() {
        UUID station = UUID.randomUUID();
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "权限驿站", "OPEN", 0));
        awaitReplica(station, "name", "权限驿站");

        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/lockers/stations/{id}", station)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/lockers/stations/{id}", station)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/stations/{id}", station)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/lockers/stations/{id}", station)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void dailyVisitCountsOnTheTopicLeaveTheReplicaAlone() {
        UUID station = UUID.randomUUID();
        String visited = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/station-service\","
                + "\"type\":\"yizhan.station.visited\",\"subject\":\"" + station + "\",\"tenant\":\"fuzhou\","
                + "\"data\":{\"stationId\":\"" + station + "\",\"tenant\":\"fuzhou\",\"day\":\"2026-11-27\",\"visits\":12,\"denied\":1}}";
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "访问计数驿站", "OPEN", 2), visited,
                event(UUID.randomUUID(), station, "fuzhou", "访问计数驿站", "OPEN", 3));
        awaitReplica(station, "version", 3);
        List<ConsumerRecord<String, String>> dead = TopicReader.read(DLQ, r -> station.toString().equals(r.key()),
                found -> !found.isEmpty(), Duration.ofSeconds(3));
        assertThat(dead).isEmpty();
    }

    @Test
    void aStationSuspendedThroughStationEventsStopsItsLockersReservations() {
        UUID station = UUID.randomUUID();
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "暂停测试驿站", "OPEN", 1));
        awaitReplica(station, "status", "OPEN");
        String clientId = "locker-" + UUID.randomUUID();
        UUID locker = io.yizhan.locker.Fixtures.onlineLocker("fuzhou", station, clientId);
        UUID item = io.yizhan.locker.Fixtures.supply("fuzhou", "面包", java.util.Map.of());
        io.yizhan.locker.Fixtures.stock(locker, 1, item, 5);
        String worker = io.yizhan.locker.Fixtures.worker("suspend-" + UUID.randomUUID());
        io.yizhan.locker.Fixtures.reserve(worker, locker, item).statusCode(201);

        publish(station, event(UUID.randomUUID(), station, "fuzhou", "暂停测试驿站", "SUSPENDED", 2));
        awaitReplica(station, "status", "SUSPENDED");
        io.yizhan.locker.Fixtures.reserve(io.yizhan.locker.Fixtures.worker("suspend-b-" + UUID.randomUUID()),
                locker, item).statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/nearby?lat=26.08&lon=119.30&radius=100")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(locker.toString())));
    }
}
