package io.yizhan.partner.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.yizhan.common.jobs.JobRuns;
import io.yizhan.common.testing.ConsumerOffsets;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.partner.PartnerFixture;
import io.yizhan.partner.TestClock;
import io.yizhan.partner.WebhookReceiver;
import io.yizhan.partner.service.WebhookSigner;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Events from the real broker to a receiver over HTTP: signed, retried, suspended, re-enabled. */
@QuarkusTest
@Tag("clock")
class DeliveryWorkerTest {

    static final String JOB = "webhook-delivery";

    @Inject
    JobRuns jobs;

    @Inject
    TestClock clock;

    /**
     * Waits until the service has consumed everything on {@code topic} and the delivery job has then
     * run once from start to end (two runs ended: the first may have begun before the last event was
     * consumed), so whatever those events were going to send has been sent.
     */
    void consumedAndDelivered(String topic) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ConsumerOffsets.caughtUp("partner-service", topic));
        long runs = jobs.finished(JOB);
        await().atMost(Duration.ofSeconds(30)).until(() -> jobs.finished(JOB) >= runs + 2);
    }

    static String stationEvent(UUID eventId, UUID stationId, String tenant, String type, String previous, String status,
                               double lat, double lon, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/station-service","type":"%s",
                 "time":"2026-11-28T09:00:00+08:00","subject":"%s","tenant":"%s","datacontenttype":"application/json",
                 "data":{"id":"%s","tenant":"%s","name":"东街口驿站","address":"福州市鼓楼区东街 1 号","district":"鼓楼区",
                         "lat":%s,"lon":%s,"type":"SMART","status":"%s","previousStatus":%s,"reason":"内部备注",
                         "managers":["fuzhou-manager"],"version":%d}}
                """.formatted(eventId, type, stationId, tenant, stationId, tenant, lat, lon, status,
                previous == null ? "null" : "\"" + previous + "\"", version);
    }

    static String lockerEvent(UUID eventId, UUID stationId, String type) {
        return """
                {"specversion":"1.0","id":"%s","source":"/locker-service","type":"%s",
                 "time":"2026-11-28T10:00:00+08:00","subject":"%s","tenant":"fuzhou","datacontenttype":"application/json",
                 "data":{"operationId":"%s","lockerId":"%s","stationId":"%s","tenant":"fuzhou","taskId":null,"units":12,
                         "valueFen":3600,"lines":[{"compartmentNumber":1,"itemId":"%s","itemName":"矿泉水","added":12,"quantityAfter":20}],
                         "at":"2026-11-28T10:00:00+08:00"}}
                """.formatted(eventId, type, stationId, UUID.randomUUID(), UUID.randomUUID(), stationId, UUID.randomUUID());
    }

    static void openStation(UUID station, String tenant, double lat, double lon) {
        TopicReader.write("station-events", station.toString(),
                stationEvent(UUID.randomUUID(), station, tenant, "yizhan.station.registered", null, "PLANNED", lat, lon, 0),
                stationEvent(UUID.randomUUID(), station, tenant, "yizhan.station.status-changed", "PLANNED", "OPEN", lat, lon, 1));
    }

    static JsonPath deliveries(String clientId) {
        return given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anOpenedStationReachesTheReceiverSignedAndOnlyWithPublicData() throws Exception {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Map<String, String> sub = PartnerFixture.subscribe(clientId, Map.of("url", receiver.url(),
                    "eventTypes", List.of("station.opened"), "cities", List.of("fuzhou")));
            UUID station = UUID.randomUUID();
            openStation(station, "fuzhou", 26.0889, 119.3012);

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            WebhookReceiver.Received hook = receiver.received().get(0);
            String id = hook.header("webhook-id");
            long timestamp = Long.parseLong(hook.header("webhook-timestamp"));
            assertThat(Math.abs(clock.instant().getEpochSecond() - timestamp)).isLessThan(60);
            assertThat(hook.header("webhook-signature")).isEqualTo(new WebhookSigner().sign(sub.get("secret"), id, timestamp, hook.body()));
            assertThat(hook.header("content-type")).startsWith("application/cloudevents+json");

            JsonPath body = new JsonPath(hook.body());
            assertThat(body.getString("specversion")).isEqualTo("1.0");
            assertThat(body.getString("id")).isEqualTo(id);
            assertThat(body.getString("type")).isEqualTo("station.opened");
            assertThat(body.getString("subject")).isEqualTo(station.toString());
            assertThat(body.getString("data.status")).isEqualTo("OPEN");
            assertThat(body.getString("data.name")).isEqualTo("东街口驿站");
            assertThat(body.getDouble("data.gcj02.lat")).isNotEqualTo(26.0889);
            assertThat(body.getMap("data")).doesNotContainKeys("managers", "reason");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonPath log = deliveries(clientId);
                assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
                assertThat(log.getString("items[0].eventId")).isEqualTo(id);
                assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(204);
            });
        }
    }

    @Test
    void eventsOutsideTheFilterOrOfOtherTypesAreNotSent() throws Exception {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId, List.of("fuzhou", "xiamen", "zhangzhou"), List.of("webhooks"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // a box around Fuzhou's Gulou district (GCJ-02)
            PartnerFixture.subscribe(clientId, Map.of("url", receiver.url(), "eventTypes", List.of("station.opened", "station.closed"),
                    "bbox", "119.25,26.03,119.35,26.13"));
            UUID inside = UUID.randomUUID();
            UUID outside = UUID.randomUUID();
            openStation(outside, "xiamen", 24.4798, 118.0894);
            openStation(inside, "fuzhou", 26.0889, 119.3012);
            // OPEN → WARNED is no news for riders; OPEN ... → SUSPENDED is "closed"
            TopicReader.write("station-events", inside.toString(),
                    stationEvent(UUID.randomUUID(), inside, "fuzhou", "yizhan.station.status-changed", "OPEN", "WARNED", 26.0889, 119.3012, 2),
                    stationEvent(UUID.randomUUID(), inside, "fuzhou", "yizhan.station.status-changed", "WARNED", "SUSPENDED", 26.0889, 119.3012, 3));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= 2);
            consumedAndDelivered("station-events");
            assertThat(receiver.received()).extracting(r -> new JsonPath(r.body()).getString("type") + "@"
                            + new JsonPath(r.body()).getString("subject"))
                    .containsExactlyInAnyOrder("station.opened@" + inside, "station.closed@" + inside);
        }
    }

    @Test
    void aLockerRestockIsPlacedAtItsStationAndTheSameEventIsSentOnce() throws Exception {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            PartnerFixture.subscribe(clientId, Map.of("url", receiver.url(), "eventTypes", List.of("locker.restocked"),
                    "bbox", "119.25,26.03,119.35,26.13"));
            UUID station = UUID.randomUUID();
            openStation(station, "fuzhou", 26.0889, 119.3012);
            UUID eventId = UUID.randomUUID();
            String restock = lockerEvent(eventId, station, "yizhan.locker.restocked");
            // the replica must know the station before the locker event can be placed in the box
            await().atMost(Duration.ofSeconds(30)).until(() -> ConsumerOffsets.caughtUp("partner-service", "station-events"));
            TopicReader.write("locker-events", station.toString(), restock, restock);

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= 1);
            // the duplicate was consumed too, and a whole delivery run came after it
            consumedAndDelivered("locker-events");
            assertThat(receiver.received()).hasSize(1);
            JsonPath body = new JsonPath(receiver.received().get(0).body());
            assertThat(body.getString("type")).isEqualTo("locker.restocked");
            assertThat(body.getString("data.station.name")).isEqualTo("东街口驿站");
            assertThat(body.getMap("data")).doesNotContainKeys("valueFen");
        }
    }

    @Test
    void aFailingReceiverIsRetriedThenSuspendedAndThePartnerReEnablesIt() throws Exception {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(500);
            String id = PartnerFixture.subscribe(clientId, Map.of("url", receiver.url(), "eventTypes", List.of("station.opened"))).get("id");
            given().auth().oauth2(TestTokens.partner(clientId)).when().post("/api/v1/partner/subscriptions/{id}/test", id)
                    .then().statusCode(202);

            // test profile: retries after 1 s each, suspension once failures span 4 s
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/subscriptions/{id}", id)
                            .then().body("status", equalTo("SUSPENDED")));
            List<WebhookReceiver.Received> attempts = receiver.received();
            assertThat(attempts.size()).isGreaterThanOrEqualTo(3);
            assertThat(attempts).extracting(r -> r.header("webhook-id")).containsOnly(attempts.get(0).header("webhook-id"));
            for (int i = 1; i < attempts.size(); i++) {
                // the test schedule waits 1 s before each retry
                assertThat(attempts.get(i).receivedAtMillis() - attempts.get(i - 1).receivedAtMillis()).isGreaterThanOrEqualTo(900);
            }
            JsonPath log = deliveries(clientId);
            assertThat(log.getString("items[0].status")).isEqualTo("FAILED");
            assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(500);
            assertThat(log.getInt("items[0].attempts")).isEqualTo(attempts.size());

            // suspended: nothing more is sent, and a test is refused until re-enabled
            int before = receiver.received().size();
            given().auth().oauth2(TestTokens.partner(clientId)).when().post("/api/v1/partner/subscriptions/{id}/test", id)
                    .then().statusCode(409);
            long runs = jobs.finished(JOB);
            await().atMost(Duration.ofSeconds(30)).until(() -> jobs.finished(JOB) >= runs + 2);
            assertThat(receiver.received()).hasSize(before);

            receiver.answer(200);
            given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                    .when().patch("/api/v1/partner/subscriptions/{id}", id)
                    .then().statusCode(200).body("status", equalTo("ACTIVE")).body("failingSince", org.hamcrest.Matchers.nullValue());
            given().auth().oauth2(TestTokens.partner(clientId)).when().post("/api/v1/partner/subscriptions/{id}/test", id)
                    .then().statusCode(202);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(deliveries(clientId).getString("items[0].status")).isEqualTo("DELIVERED"));
            given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/me")
                    .then().body("deliveriesDelivered", equalTo(1)).body("deliveriesFailed", equalTo(1));
        }
    }

    @Test
    void aSlowReceiverDoesNotHoldBackEvents() throws Exception {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(503);
            PartnerFixture.subscribe(clientId, Map.of("url", receiver.url(), "eventTypes", List.of("station.opened")));
            UUID a = UUID.randomUUID();
            UUID b = UUID.randomUUID();
            openStation(a, "fuzhou", 26.08, 119.30);
            openStation(b, "xiamen", 24.48, 118.09);
            // both deliveries are written while the receiver keeps failing
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deliveries(clientId).getInt("total")).isEqualTo(2));
        }
    }
}
