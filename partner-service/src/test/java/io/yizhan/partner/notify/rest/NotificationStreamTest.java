package io.yizhan.partner.notify.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.partner.TestClock;
import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.NotifyFixture;
import io.yizhan.partner.notify.Recipients;
import io.yizhan.partner.notify.mapping.LiveMessages;
import io.yizhan.partner.notify.service.NotificationStream;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.yizhan.partner.notify.NotifyFixture.helpEscalated;
import static io.yizhan.partner.notify.NotifyFixture.manager;
import static io.yizhan.partner.notify.NotifyFixture.name;
import static io.yizhan.partner.notify.NotifyFixture.publish;
import static io.yizhan.partner.notify.NotifyFixture.station;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live stream over plain HTTP: hello with the unread count, then the new message, only to its people,
 * whichever instance stored it.
 */
@QuarkusTest
@TestProfile(NotificationStreamTest.LongStreams.class)
class NotificationStreamTest {

    /** Streams long enough to watch an event arrive (the default test profile ends them after a second). */
    public static class LongStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yizhan.notify.stream-max-duration", "40s");
        }
    }

    @TestHTTPResource("/api/v1/notifications/stream")
    URI streamUri;

    @Inject
    StationReplicaRepository replicas;

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> dbPassword;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOpenStreamGetsTheEscalationOfItsStationAndAnotherManagersDoesNot() throws Throwable {
        clock.set(OffsetDateTime.parse("2026-11-28T10:00:00+08:00"));
        String mine = name("mgr");
        String other = name("mgr");
        UUID stationId = station(replicas, mine);
        UUID otherStation = station(replicas, other);
        HttpClient http = HttpClient.newHttpClient();
        Iterator<String> mineEvents = open(http, manager(mine));
        Iterator<String> otherEvents = open(http, manager(other));
        assertThat(nextData(mineEvents)).contains("\"type\":\"hello\"").contains("\"unread\":0");
        assertThat(nextData(otherEvents)).contains("\"type\":\"hello\"");

        publish("volunteer-events", stationId, helpEscalated(UUID.randomUUID(), stationId, 1));
        String event = CompletableFuture.supplyAsync(() -> {
            String data;
            do {
                data = nextData(mineEvents);
            } while (data.contains("\"ping\""));
            return data;
        }).get(30, TimeUnit.SECONDS);
        assertThat(event).contains("\"type\":\"notification\"").contains("HELP_ESCALATED").contains(stationId.toString());
        // then an escalation at the other manager's station, as a marker: streams get messages in the order
        // they were committed (one LISTEN, one broadcast), so had the first reached the other stream it would
        // come before the marker
        publish("volunteer-events", otherStation, helpEscalated(UUID.randomUUID(), otherStation, 1));
        String otherFirst = CompletableFuture.supplyAsync(() -> {
            String data;
            do {
                data = nextData(otherEvents);
            } while (!data.contains("\"type\":\"notification\""));
            return data;
        }).get(30, TimeUnit.SECONDS);
        assertThat(otherFirst).contains(otherStation.toString()).doesNotContain(stationId.toString());
    }

    /**
     * Another instance of partner-service stores a message and NOTIFYs it in its transaction (here a
     * connection of the test's own, with the payload that instance's code writes): a page connected to
     * this instance gets it live; a message whose transaction rolled back never shows.
     */
    @Test
    void aMessageAnotherInstanceCommittedReachesThisInstancesStreamAndARolledBackOneNever() throws Throwable {
        String person = name("worker");
        Iterator<String> events = open(HttpClient.newHttpClient(), TestTokens.token(person, "fuzhou", "worker"));
        assertThat(nextData(events)).contains("\"type\":\"hello\"");

        Notification rolledBack = message(person, "回滚的消息 rolled back");
        Notification committed = message(person, "另一实例的消息 from another instance");
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword.orElse(""))) {
            db.setAutoCommit(false);
            notify(db, rolledBack);
            db.rollback();
            notify(db, committed);
            db.commit();
        }
        String event = CompletableFuture.supplyAsync(() -> {
            String data;
            do {
                data = nextData(events);
            } while (data.contains("\"ping\""));
            return data;
        }).get(30, TimeUnit.SECONDS);
        // the first message the page sees is the committed one: the rolled-back NOTIFY was never delivered
        assertThat(event).contains("\"type\":\"notification\"").contains(committed.id.toString())
                .contains("另一实例的消息").doesNotContain(rolledBack.id.toString());
    }

    private Notification message(String username, String title) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventId = UUID.randomUUID();
        n.recipient = Recipients.subject(NotifyFixture.subjectOf(username));
        n.kind = NotificationKind.RIGHTS_CASE_ANSWERED;
        n.urgent = false;
        n.tenant = "fuzhou";
        n.title = title;
        n.body = "正文 body";
        n.digest = false;
        n.createdAt = OffsetDateTime.parse("2026-11-28T10:00:00+08:00");
        n.visibleFrom = n.createdAt;
        return n;
    }

    private void notify(Connection db, Notification n) throws Exception {
        try (PreparedStatement notify = db.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, NotificationStream.CHANNEL);
            notify.setString(2, LiveMessages.payload(n, json).orElseThrow());
            notify.execute();
        }
    }

    private Iterator<String> open(HttpClient http, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(streamUri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        return response.body().filter(line -> line.startsWith("data:")).iterator();
    }

    private static String nextData(Iterator<String> events) {
        return events.next();
    }
}
