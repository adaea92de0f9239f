package io.yizhan.partner.notify.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.partner.TestClock;
import io.yizhan.partner.notify.sms.OutgoingMessage;
import io.yizhan.partner.notify.sms.RecordingSmsGateway;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.partner.notify.NotifyFixture.awaitFeed;
import static io.yizhan.partner.notify.NotifyFixture.feed;
import static io.yizhan.partner.notify.NotifyFixture.helpEscalated;
import static io.yizhan.partner.notify.NotifyFixture.lowSatisfaction;
import static io.yizhan.partner.notify.NotifyFixture.manager;
import static io.yizhan.partner.notify.NotifyFixture.name;
import static io.yizhan.partner.notify.NotifyFixture.publish;
import static io.yizhan.partner.notify.NotifyFixture.shiftReminder;
import static io.yizhan.partner.notify.NotifyFixture.station;
import static io.yizhan.partner.notify.NotifyFixture.subjectOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Quiet hours, text messages and the admins' digest, on the injected clock. */
@QuarkusTest
class QuietHoursAndDigestTest {

    @Inject
    StationReplicaRepository replicas;

    @Inject
    TestClock clock;

    @Inject
    RecordingSmsGateway sms;

    @Inject
    DigestService digests;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void atNightOnlyTheUrgentShowsAndTheReminderAndItsTextWaitForSevenInTheMorning() throws Throwable {
        String volunteer = name("vol");
        String volunteerToken = TestTokens.token(volunteer, "fuzhou", "volunteer");
        String phone = "139" + String.format("%08d", Math.abs(volunteer.hashCode()) % 100_000_000);
        clock.set(OffsetDateTime.parse("2026-11-28T21:00:00+08:00"));
        given().auth().oauth2(volunteerToken).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "kinds", List.of(Map.of("kind", "SHIFT_REMINDER", "inApp", true, "sms", true))))
                .when().put("/api/v1/notifications/preferences").then().statusCode(200).body("phone", equalTo(phone));

        String mgr = name("mgr");
        UUID stationId = station(replicas, mgr);
        clock.set(OffsetDateTime.parse("2026-11-28T23:30:00+08:00"));
        // the reminder first, then the urgent escalation behind it on the same partition
        publish("volunteer-events", stationId, shiftReminder(UUID.randomUUID(), stationId, subjectOf(volunteer), "DAY_BEFORE"),
                helpEscalated(UUID.randomUUID(), stationId, 1));
        awaitFeed(manager(mgr), 1);
        feed(volunteerToken, "").statusCode(200).body("total", equalTo(0));
        // the text waits as well: the dispatch job runs every second in tests
        clock.advance(Duration.ofSeconds(3));
        assertThat(sentTo(phone)).isEmpty();

        clock.set(OffsetDateTime.parse("2026-11-29T07:00:01+08:00"));
        feed(volunteerToken, "").body("total", equalTo(1)).body("items[0].kind", equalTo("SHIFT_REMINDER"))
                .body("items[0].title", equalTo("明天有值班 / Duty tomorrow"))
                .body("items[0].at", equalTo("2026-11-29T07:00:00+08:00"));
        await().atMost(Duration.ofSeconds(15)).until(() -> !sentTo(phone).isEmpty());
        OutgoingMessage text = sentTo(phone).get(0);
        assertThat(text.kind().name()).isEqualTo("SHIFT_REMINDER");
        assertThat(text.maskedAddress()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(text.toString()).doesNotContain(phone);
        assertThat(sentTo(phone)).as("one text, however often the job runs").hasSize(1);
    }

    @Test
    void lowSatisfactionGoesToTheManagerAtOnceAndToTheCityInOneDigestTheNextMorning() throws Throwable {
        clock.set(OffsetDateTime.parse("2026-11-27T15:00:00+08:00"));
        String mgr = name("mgr");
        UUID stationId = station(replicas, mgr);
        String admin = TestTokens.token(name("admin"), "fuzhou", "city-admin");
        long adminBefore = total(admin);
        publish("rating-events", stationId, lowSatisfaction(UUID.randomUUID(), stationId));
        awaitFeed(manager(mgr), 1);
        feed(manager(mgr), "").body("items[0].kind", equalTo("SATISFACTION_LOW"))
                .body("items[0].body", containsString("2.1"));
        assertThat(total(admin)).as("held for the digest").isEqualTo(adminBefore);

        clock.set(OffsetDateTime.parse("2026-11-28T08:00:00+08:00"));
        assertThat(VertxContextSupport.subscribeAndAwait(digests::digestYesterday)).isGreaterThanOrEqualTo(1);
        assertThat(VertxContextSupport.subscribeAndAwait(digests::digestYesterday)).as("a rerun adds nothing").isZero();
        String stationName = "测试驿站-" + stationId.toString().substring(0, 4);
        feed(admin, "?size=200").body("items.findAll { it.kind == 'DAILY_DIGEST' }.size()", equalTo(1))
                .body("items.find { it.kind == 'DAILY_DIGEST' }.body", containsString(stationName))
                .body("items.find { it.kind == 'DAILY_DIGEST' }.title", containsString("11月27日"));
        feed(TestTokens.token(name("admin"), "zhangzhou", "city-admin"), "").body("total", equalTo(0));
        feed(manager(mgr), "").body("total", equalTo(1));
    }

    private long total(String token) {
        return ((Number) feed(token, "").statusCode(200).extract().path("total")).longValue();
    }

    private List<OutgoingMessage> sentTo(String phone) {
        return sms.sent().stream().filter(m -> m.address().equals(phone)).toList();
    }
}
