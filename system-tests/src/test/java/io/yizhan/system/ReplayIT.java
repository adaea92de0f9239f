package io.yizhan.system;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every event the run published so far, fed to every consumer again, twice, shuffled across stations
 * and topics: what the consumers keep must not change. Runs after the other API and browser classes
 * (so the topics hold their events) and before the log check.
 */
@Order(Integer.MAX_VALUE - 1)
@ExtendWith(SharedPlatform.class)
class ReplayIT {

    static final List<String> TOPICS = List.of("station-events", "locker-events", "rating-events", "volunteer-events", "partner-events");

    /** What each service's consumers write, and what of a row counts (mutable bookkeeping left out). */
    static final Map<String, Map<String, String>> CONSUMED_STATE = Map.of(
            "station", Map.of("processed_event", "t::text", "station_activity", "t::text", "rating_signal", "t::text",
                    "help_signal", "t::text"),
            "locker", Map.of("processed_event", "t::text", "station_replica", "t::text", "union_member", "t::text"),
            "rating", Map.of("processed_event", "t::text", "station_replica", "t::text"),
            "volunteer", Map.of("processed_event", "t::text", "station_replica", "t::text", "station_qr_version", "t::text"),
            // a delivery's attempts move on by themselves: which deliveries exist is what a replay could change;
            // so does a text message's status; a notification must stay as it was (no second one, nothing touched)
            "partner", Map.of("processed_event", "t::text", "station_replica", "t::text", "delivery", "t.id::text",
                    "notification", "t::text", "sms_message", "t.id::text"));

    @Test
    void consumersFedEveryEventTwiceOutOfOrderKeepTheirState(PlatformStack stack) throws Exception {
        StackTopics topics = new StackTopics(stack);
        StackDatabase db = new StackDatabase(stack);
        givenEventsOfEveryKindAppliedOnce(stack);
        await().atMost(Duration.ofSeconds(120)).until(() -> topics.lag(TOPICS) == 0);
        Map<String, Map<String, String>> before = fingerprints(db);
        long deadLettersBefore = topics.records(name -> name.contains(".dlq."));

        List<ConsumerRecord<String, String>> replay = new ArrayList<>();
        for (String topic : TOPICS) {
            replay.addAll(topics.readAll(topic));
        }
        int original = replay.size();
        replay.addAll(new ArrayList<>(replay));
        Collections.shuffle(replay, new Random(20261128L));
        topics.publish(replay);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> topics.lag(TOPICS) == 0);

        Map<String, Map<String, String>> after = fingerprints(db);
        long deadLetters = topics.records(name -> name.contains(".dlq.")) - deadLettersBefore;
        System.out.printf("[figures] replay: %d events published again twice (%d records, shuffled), %d dead letters, %d tables compared, %d changed%n",
                original, replay.size(), deadLetters, before.values().stream().mapToInt(Map::size).sum(),
                before.keySet().stream().mapToLong(s -> before.get(s).entrySet().stream()
                        .filter(e -> !e.getValue().equals(after.get(s).get(e.getKey()))).count()).sum());
        assertThat(original).as("events of the run to replay").isPositive();
        assertThat(deadLetters).as("replayed events sent to a dead-letter topic").isZero();
        assertThat(after).as("state kept by the consumers after the replay").isEqualTo(before);
    }

    /** Run alone, the class still has events to replay: a station opened (replicas) and rated (signals). */
    private static void givenEventsOfEveryKindAppliedOnce(PlatformStack stack) {
        String admin = stack.password("fuzhou-admin");
        String station = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "重放检查驿站", "address", "福州市晋安区福新路 8 号", "district", "晋安区",
                        "lat", 26.09, "lon", 119.33, "type", "STANDALONE"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations/" + station + "/status").then().statusCode(200);
        String worker = stack.password("worker1");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("stationId", station, "score", 5))
                        .when().post(stack.serviceUrl("rating") + "/api/v1/ratings").then().statusCode(201));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when()
                        .get(stack.serviceUrl("station") + "/api/v1/evaluation/stations/" + station + "/scorecard")
                        .then().statusCode(200).body("signals.satisfaction.ratings", equalTo(1)));
    }

    private static Map<String, Map<String, String>> fingerprints(StackDatabase db) throws Exception {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> service : CONSUMED_STATE.entrySet()) {
            out.put(service.getKey(), db.fingerprint(service.getKey(), service.getValue()));
        }
        return out;
    }
}
