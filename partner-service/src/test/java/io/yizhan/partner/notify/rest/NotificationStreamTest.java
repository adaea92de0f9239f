package io.yizhan.partner.notify.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.yizhan.partner.TestClock;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
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

/** The live stream over plain HTTP: hello with the unread count, then the new message, only to its people. */
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
        station(replicas, other);
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
        // the other manager's stream ends (40 s) with no notification in it
        CompletableFuture<java.util.List<String>> otherGot = CompletableFuture.supplyAsync(() -> {
            java.util.List<String> got = new java.util.ArrayList<>();
            otherEvents.forEachRemaining(got::add);
            return got;
        });
        assertThat(otherGot.get(60, TimeUnit.SECONDS)).noneMatch(data -> data.contains("\"type\":\"notification\""));
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
