package io.yizhan.station.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.KafkaBrokerResource;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Registration → outbox → relay → station-events on a real broker, including a broker outage. */
@QuarkusTest
class StationEventsOutboxTest {

    final ObjectMapper json = new ObjectMapper();

    static String register(String name) {
        return given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", name, "address", "福州市马尾区", "district", "马尾区",
                        "lat", 25.99, "lon", 119.45, "type", "COURIER_DEPOT"))
                .when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
    }

    @Test
    void aRegisteredStationIsPublishedAsACloudEventKeyedByItsId() throws Exception {
        String id = register("马尾快递驿站");
        List<ConsumerRecord<String, String>> records = TopicReader.read("station-events",
                r -> id.equals(r.key()), found -> !found.isEmpty(), Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        JsonNode event = json.readTree(records.get(0).value());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("yizhan.station.registered");
        assertThat(event.path("source").asText()).isEqualTo("/station-service");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("tenant").asText()).isEqualTo("fuzhou");
        assertThat(event.path("time").asText()).endsWith("+08:00");
        assertThat(event.path("data").path("name").asText()).isEqualTo("马尾快递驿站");
        assertThat(event.path("data").path("status").asText()).isEqualTo("PLANNED");
        assertThat(event.path("data").path("version").asLong()).isZero();
    }

    @Test
    void aKafkaOutageLosesNoEventAndKeepsTheServiceReady() throws Exception {
        KafkaBrokerResource.broker().kill();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(register("停机期间驿站 " + i));
            }
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            KafkaBrokerResource.broker().start();
        }
        Set<String> wanted = new HashSet<>(ids);
        List<ConsumerRecord<String, String>> records = TopicReader.read("station-events",
                r -> wanted.contains(r.key()),
                found -> found.stream().map(ConsumerRecord::key).collect(java.util.stream.Collectors.toSet()).containsAll(wanted),
                Duration.ofSeconds(90));

        // At least once: a send that timed out during the outage may be published again after it,
        // always under the same event id, which consumers' inboxes recognise.
        Map<String, Set<String>> eventIdsByStation = new java.util.HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            eventIdsByStation.computeIfAbsent(record.key(), k -> new HashSet<>())
                    .add(json.readTree(record.value()).path("id").asText());
        }
        assertThat(eventIdsByStation.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(eventIdsByStation.values()).allSatisfy(eventIds -> assertThat(eventIds).hasSize(1));
        // and not a copy for every relay run of the outage: records delivered late are not sent again
        assertThat(records).as("records for %d events", ids.size()).hasSizeLessThanOrEqualTo(2 * ids.size());
    }
}
