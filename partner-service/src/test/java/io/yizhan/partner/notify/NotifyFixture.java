package io.yizhan.partner.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.partner.StationReplica;
import io.yizhan.partner.repository.StationReplicaRepository;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Stations with managers and the events the services publish, written to the real topics. */
public final class NotifyFixture {

    private NotifyFixture() {
    }

    /** A unique login name for a test's people. */
    public static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The token subject {@link TestTokens} gives {@code username}. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String manager(String username) {
        return TestTokens.token(username, "fuzhou", "station-manager");
    }

    /** Registers a Fuzhou station managed by {@code managers} on station-events and waits for the replica. */
    public static UUID station(StationReplicaRepository replicas, String... managers) throws Throwable {
        UUID id = UUID.randomUUID();
        String list = List.of(managers).stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(","));
        TopicReader.write("station-events", id.toString(), """
                {"specversion":"1.0","id":"%s","source":"/station-service","type":"yizhan.station.registered",
                 "time":"2026-11-28T09:00:00+08:00","subject":"%s","tenant":"fuzhou","datacontenttype":"application/json",
                 "data":{"id":"%s","tenant":"fuzhou","name":"测试驿站-%s","address":"福州市","district":"鼓楼区","lat":26.08,
                         "lon":119.30,"type":"STANDALONE","status":"OPEN","managers":[%s],"version":0}}
                """.formatted(UUID.randomUUID(), id, id, id.toString().substring(0, 4), list));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                StationReplica station = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> replicas.findById(id)));
                return station != null;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
        return id;
    }

    /** A CloudEvent as the producing service writes it. */
    public static String event(UUID eventId, String source, String type, UUID stationId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"2026-11-28T09:00:00+08:00",
                 "subject":"%s","tenant":"fuzhou","datacontenttype":"application/json","data":%s}
                """.formatted(eventId, source, type, stationId, data);
    }

    public static String helpEscalated(UUID eventId, UUID stationId, int level) {
        return event(eventId, "/volunteer-service", "yizhan.volunteer.help-escalated", stationId, """
                {"helpRequestId":"%s","stationId":"%s","tenant":"fuzhou","category":"WATER","status":"OPEN",
                 "escalationLevel":%d,"requestedAt":"2026-11-28T09:00:00+08:00","at":"2026-11-28T09:05:00+08:00"}
                """.formatted(UUID.randomUUID(), stationId, level));
    }

    public static String wishClaimed(UUID eventId, UUID stationId) {
        return event(eventId, "/volunteer-service", "yizhan.volunteer.wish-claimed", stationId, """
                {"wishId":"%s","stationId":"%s","tenant":"fuzhou","category":"DAILY","valueCapFen":5000,"status":"CLAIMED"}
                """.formatted(UUID.randomUUID(), stationId));
    }

    public static String shiftReminder(UUID eventId, UUID stationId, String subject, String reminder) {
        return event(eventId, "/volunteer-service", "yizhan.volunteer.shift-reminder", stationId, """
                {"shiftId":"%s","stationId":"%s","tenant":"fuzhou","volunteerId":"%s","subject":"%s","title":"驿站管家值班",
                 "startsAt":"2026-11-29T09:00:00+08:00","reminder":"%s"}
                """.formatted(UUID.randomUUID(), stationId, UUID.randomUUID(), subject, reminder));
    }

    public static String lowSatisfaction(UUID eventId, UUID stationId) {
        return event(eventId, "/rating-service", "yizhan.rating.satisfaction-changed", stationId, """
                {"stationId":"%s","tenant":"fuzhou","reason":"BELOW_THRESHOLD","low":true,"average30":2.1,"ratings30":10,
                 "threshold":3.5,"minRatings":10,"at":"2026-11-28T13:05:11+08:00"}
                """.formatted(stationId));
    }

    /** As volunteer-service writes it: keyed (and subject) by the case, not a station. */
    public static String rightsAnswered(UUID eventId, UUID caseId, String subject) {
        return event(eventId, "/volunteer-service", "yizhan.volunteer.rights-case-answered", caseId, """
                {"caseId":"%s","caseNumber":"FZ-2026-000042","tenant":"fuzhou","subject":"%s","at":"2026-11-28T10:00:00+08:00"}
                """.formatted(caseId, subject));
    }

    public static void publish(String topic, UUID stationId, String... records) {
        TopicReader.write(topic, stationId.toString(), records);
    }

    public static ValidatableResponse feed(String token, String query) {
        return given().auth().oauth2(token).when().get("/api/v1/notifications" + query).then();
    }

    public static long unread(String token) {
        return ((Number) given().auth().oauth2(token).when().get("/api/v1/notifications/unread-count")
                .then().statusCode(200).extract().path("unread")).longValue();
    }

    /** Waits until {@code token}'s feed holds {@code total} messages, then for the consumers to go quiet. */
    public static void awaitFeed(String token, int total) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                ((Number) feed(token, "?size=200").statusCode(200).extract().path("total")).intValue() >= total);
    }
}
