package io.yizhan.common.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * station-events from a real broker into a service's station replica (StationReplicaWriter), read back
 * through the service's own replica endpoint. A service's test extends this with its endpoint and its
 * dead-letter topic, annotated {@code @QuarkusTest}, and adds what its replica means to it.
 */
public abstract class StationReplicaConsumerTestBase {

    protected static final String TOPIC = "station-events";

    /** The service's replica endpoint, e.g. {@code /api/v1/lockers/stations/{id}}. */
    protected abstract String replicaPath();

    /** The service's dead-letter topic of station-events, e.g. {@code station-events.dlq.locker-service}. */
    protected abstract String deadLetterTopic();

    protected static String event(UUID eventId, UUID stationId, String tenant, String name, String status, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/station-service","type":"yizhan.station.registered",
                 "time":"2026-11-28T09:00:00+08:00","subject":"%s","tenant":"%s","datacontenttype":"application/json",
                 "data":{"id":"%s","tenant":"%s","name":"%s","address":"福州市","district":"鼓楼区","lat":26.08,
                         "lon":119.30,"type":"STANDALONE","status":"%s","version":%d}}
                """.formatted(eventId, stationId, tenant, stationId, tenant, name, status, version);
    }

    /** Records on the station's key, so that they share a partition and arrive in this order. */
    protected static void publish(UUID key, String... records) {
        TopicReader.write(TOPIC, key.toString(), records);
    }

    protected void awaitReplica(UUID stationId, String field, Object value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.cityAdmin("fuzhou"))
                        .when().get(replicaPath(), stationId)
                        .then().statusCode(200).body(field, equalTo(value)));
    }

    /**
     * Publishes a marker station on {@code key} after what was published there before and waits until
     * the replica has it: records of one key are applied in order, so everything before the marker
     * has been consumed by then (applied, skipped or dead-lettered), not merely given time to be.
     */
    protected void awaitConsumedUpTo(UUID key) {
        UUID marker = UUID.randomUUID();
        publish(key, event(UUID.randomUUID(), marker, "fuzhou", "标记-" + marker, "OPEN", 0));
        awaitReplica(marker, "name", "标记-" + marker);
    }

    private List<ConsumerRecord<String, String>> deadLetters(UUID key, int atLeast) {
        return TopicReader.read(deadLetterTopic(), r -> key.toString().equals(r.key()),
                found -> found.size() >= atLeast, Duration.ofSeconds(30));
    }

    @Test
    void aRegisteredStationAppearsInTheReplica() {
        UUID station = UUID.randomUUID();
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "鼓楼驿站", "PLANNED", 0));
        awaitReplica(station, "name", "鼓楼驿站");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get(replicaPath(), station)
                .then().body("tenant", equalTo("fuzhou")).body("status", equalTo("PLANNED")).body("version", equalTo(0))
                .body("lat", equalTo(26.08f)).body("lon", equalTo(119.30f));
    }

    @Test
    void aStaleVersionNeverOverwritesANewerOne() {
        UUID station = UUID.randomUUID();
        publish(station,
                event(UUID.randomUUID(), station, "fuzhou", "新名称", "OPEN", 3),
                event(UUID.randomUUID(), station, "fuzhou", "旧名称", "PLANNED", 1));
        awaitReplica(station, "name", "新名称");
        // the stale one again, in a poll of its own, then proof that it has been consumed
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "旧名称", "PLANNED", 2));
        awaitConsumedUpTo(station);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get(replicaPath(), station)
                .then().body("name", equalTo("新名称")).body("status", equalTo("OPEN")).body("version", equalTo(3));
    }

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() {
        UUID station = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        // The redeliveries reuse the first record's event id with a newer version: the inbox must recognise
        // them and skip them, although their version alone would have been applied. The first comes in the
        // same poll as the original, the second after the original has been applied.
        publish(station,
                event(eventId, station, "fuzhou", "第一次", "PLANNED", 1),
                event(eventId, station, "fuzhou", "重复投递", "OPEN", 2));
        awaitConsumedUpTo(station);
        awaitReplica(station, "name", "第一次");

        publish(station, event(eventId, station, "fuzhou", "再次重复投递", "OPEN", 3));
        awaitConsumedUpTo(station);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get(replicaPath(), station)
                .then().statusCode(200).body("name", equalTo("第一次")).body("status", equalTo("PLANNED"))
                .body("version", equalTo(1));
        // skipped, not refused: nothing of this station went to the dead-letter topic
        publish(station, "不是事件 " + station);
        assertThat(deadLetters(station, 1)).extracting(ConsumerRecord::value).containsExactly("不是事件 " + station);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
        UUID station = UUID.randomUUID();
        String notJson = "这不是 JSON " + station;
        String noData = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"yizhan.station.registered\","
                + "\"subject\":\"" + station + "\"}";
        String noName = event(UUID.randomUUID(), station, "fuzhou", "x", "OPEN", 1).replace("\"name\":\"x\",", "");
        publish(station, notJson, noData, noName, event(UUID.randomUUID(), station, "fuzhou", "之后的驿站", "OPEN", 0));

        awaitReplica(station, "name", "之后的驿站");
        List<ConsumerRecord<String, String>> dead = deadLetters(station, 3);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly(notJson, noData, noName);
        assertThat(dead).allSatisfy(record -> assertThat(new String(
                record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).isNotBlank());
    }

    @Test
    void onlyAdminsOfTheStationsCitySeeItsReplica() {
        UUID station = UUID.randomUUID();
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "权限驿站", "OPEN", 0));
        awaitReplica(station, "name", "权限驿站");

        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get(replicaPath(), station)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get(replicaPath(), station)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.worker()).when().get(replicaPath(), station)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(replicaPath(), station)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void dailyVisitCountsOnTheTopicLeaveTheReplicaAlone() {
        UUID station = UUID.randomUUID();
        String visited = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/station-service\","
                + "\"type\":\"yizhan.station.visited\",\"subject\":\"" + station + "\",\"tenant\":\"fuzhou\","
                + "\"data\":{\"stationId\":\"" + station + "\",\"tenant\":\"fuzhou\",\"day\":\"2026-11-27\",\"visits\":12,\"denied\":1}}";
        String poison = "不是事件 " + station;
        publish(station, event(UUID.randomUUID(), station, "fuzhou", "访问计数驿站", "OPEN", 2), visited,
                event(UUID.randomUUID(), station, "fuzhou", "访问计数驿站", "OPEN", 3), poison);
        awaitReplica(station, "version", 3);
        // the poison record after it is dead-lettered: had the visit count been refused, it would be there first
        assertThat(deadLetters(station, 1)).extracting(ConsumerRecord::value).containsExactly(poison);
    }

    @Test
    void manyStationsInOnePollAreAllAppliedAtTheirNewestVersion() {
        UUID key = UUID.randomUUID();
        List<UUID> stations = new ArrayList<>();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            UUID station = UUID.randomUUID();
            stations.add(station);
            records.add(event(UUID.randomUUID(), station, "fuzhou", "批量-" + i, "PLANNED", 1));
            records.add(event(UUID.randomUUID(), station, "fuzhou", "批量-" + i + "-新", "OPEN", 2));
            records.add(event(UUID.randomUUID(), station, "fuzhou", "批量-" + i + "-旧", "PLANNED", 0));
        }
        publish(key, records.toArray(String[]::new));
        awaitConsumedUpTo(key);
        for (int i = 0; i < stations.size(); i += 17) {
            given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get(replicaPath(), stations.get(i))
                    .then().statusCode(200).body("name", equalTo("批量-" + i + "-新")).body("version", equalTo(2));
        }
    }
}
