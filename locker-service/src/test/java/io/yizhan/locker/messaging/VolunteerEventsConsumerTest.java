package io.yizhan.locker.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.locker.Fixtures;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** member-joined from a real broker makes a worker a union member here, once. */
@QuarkusTest
class VolunteerEventsConsumerTest {

    static final String TOPIC = "volunteer-events";
    static final String DLQ = "volunteer-events.dlq.locker-service";

    static String event(UUID eventId, UUID membershipId, UUID station, String subject) {
        return """
                {"specversion":"1.0","id":"%s","source":"/volunteer-service","type":"yizhan.volunteer.member-joined",
                 "time":"2026-11-28T09:00:00+08:00","subject":"%s","tenant":"fuzhou","datacontenttype":"application/json",
                 "data":{"membershipId":"%s","stationId":"%s","tenant":"fuzhou","subject":"%s","platform":"MEITUAN",
                         "at":"2026-11-28T09:00:00+08:00"}}
                """.formatted(eventId, station, membershipId, station, subject);
    }

    static long members(String subject) {
        return Fixtures.count("SELECT count(*) FROM union_member WHERE worker = $1", subject);
    }

    @Test
    void aMemberJoinedEventMakesMembersOnlyItemsReservableAndItsRedeliveryChangesNothing() {
        UUID station = Fixtures.station("fuzhou");
        UUID locker = Fixtures.onlineLocker("fuzhou", station, "locker-" + UUID.randomUUID());
        UUID gift = Fixtures.supply("fuzhou", "入会礼包", Map.of("membersOnly", true, "oncePerWorker", true));
        Fixtures.stock(locker, 1, gift, 5);
        String name = "joined-" + UUID.randomUUID();
        String worker = Fixtures.worker(name);
        String subject = Fixtures.subjectOf(name);
        Map<String, String> body = Map.of("lockerId", locker.toString(), "itemId", gift.toString());
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/reservations")
                .then().statusCode(403).contentType(Fixtures.PROBLEM);

        UUID eventId = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        String joined = event(eventId, membership, station, subject);
        TopicReader.write(TOPIC, station.toString(), joined, joined);
        await().atMost(Duration.ofSeconds(30)).until(() -> members(subject) == 1);
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/reservations")
                .then().statusCode(201);

        // a marker event after the duplicate proves the consumer has passed it
        String marker = "marker-" + UUID.randomUUID();
        Fixtures.memberJoined(Fixtures.subjectOf(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> members(Fixtures.subjectOf(marker)) == 1);
        assertThat(members(subject)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM processed_event WHERE event_id = $1 AND consumer = 'locker-service.union-members'",
                eventId)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM union_member WHERE worker = $1 AND recorded_by = $2",
                subject, "volunteer-service/" + membership)).isEqualTo(1);
    }

    @Test
    void otherVolunteerEventsAreIgnoredAndUnusableOnesAreDeadLettered() {
        UUID station = UUID.randomUUID();
        String name = "after-poison-" + UUID.randomUUID();
        String shift = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/volunteer-service\","
                + "\"type\":\"yizhan.volunteer.shift-published\",\"subject\":\"" + station + "\",\"tenant\":\"fuzhou\","
                + "\"data\":{\"shiftId\":\"" + UUID.randomUUID() + "\",\"stationId\":\"" + station + "\",\"tenant\":\"fuzhou\"}}";
        String noSubject = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/volunteer-service\","
                + "\"type\":\"yizhan.volunteer.member-joined\",\"subject\":\"" + station + "\",\"tenant\":\"fuzhou\","
                + "\"data\":{\"membershipId\":\"" + UUID.randomUUID() + "\",\"stationId\":\"" + station + "\",\"tenant\":\"fuzhou\"}}";
        String notJson = "不是 JSON " + station;
        TopicReader.write(TOPIC, station.toString(), shift, noSubject, notJson,
                event(UUID.randomUUID(), UUID.randomUUID(), station, Fixtures.subjectOf(name)));

        await().atMost(Duration.ofSeconds(30)).until(() -> members(Fixtures.subjectOf(name)) == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.read(DLQ, r -> station.toString().equals(r.key()),
                found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly(noSubject, notJson);
        assertThat(dead).allSatisfy(record -> assertThat(new String(
                record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).isNotBlank());
    }
}
