package io.yizhan.partner.notify.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.partner.TestClock;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.yizhan.partner.notify.NotifyFixture.awaitFeed;
import static io.yizhan.partner.notify.NotifyFixture.event;
import static io.yizhan.partner.notify.NotifyFixture.feed;
import static io.yizhan.partner.notify.NotifyFixture.name;
import static io.yizhan.partner.notify.NotifyFixture.publish;
import static io.yizhan.partner.notify.NotifyFixture.shiftReminder;
import static io.yizhan.partner.notify.NotifyFixture.station;
import static io.yizhan.partner.notify.NotifyFixture.subjectOf;
import static io.yizhan.partner.notify.NotifyFixture.unread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A poll of events in one transaction: what one bad record may and may not take down with it. */
@QuarkusTest
class NotificationConsumerTest {

    static final String DLQ = "volunteer-events.dlq.partner-service";

    @Inject
    StationReplicaRepository replicas;

    @Inject
    TestClock clock;

    @BeforeEach
    void daytime() {
        clock.set(OffsetDateTime.parse("2026-11-28T10:00:00+08:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPollWithARepeatAndARecordThatIsNoEventNotifiesEachPersonOnceAndDeadLettersOnlyTheRecord() throws Throwable {
        UUID stationId = station(replicas, name("mgr"));
        String first = name("worker");
        String second = name("worker");
        UUID reminder = UUID.randomUUID();
        String garbage = "not an event " + UUID.randomUUID();
        String record = shiftReminder(reminder, stationId, subjectOf(first), "DAY_BEFORE");
        publish("volunteer-events", stationId, record, garbage, record,
                shiftReminder(UUID.randomUUID(), stationId, subjectOf(second), "DAY_BEFORE"));

        String secondToken = TestTokens.token(second, null, "worker");
        awaitFeed(secondToken, 1);
        feed(TestTokens.token(first, null, "worker"), "").statusCode(200).body("total", equalTo(1))
                .body("items[0].kind", equalTo("SHIFT_REMINDER"));
        feed(secondToken, "").statusCode(200).body("total", equalTo(1));
        List<ConsumerRecord<String, String>> dead = TopicReader.read(DLQ, r -> garbage.equals(r.value()),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(dead).as("the record that is no event, on the dead-letter topic").hasSize(1);
    }

    @Test
    void anEventTheDatabaseRefusesGoesToTheDeadLetterTopicAloneAndTheRestOfItsPollIsStored() throws Throwable {
        UUID stationId = station(replicas, name("mgr"));
        String before = name("worker");
        String refused = name("worker");
        String after = name("worker");
        UUID refusedId = UUID.randomUUID();
        // PostgreSQL stores no NUL character in text: the reminder's title (copied into the message) has one
        String withNul = event(refusedId, "/volunteer-service", "yizhan.volunteer.shift-reminder", stationId, """
                {"shiftId":"%s","stationId":"%s","tenant":"fuzhou","volunteerId":"%s","subject":"%s","title":"值班\\u0000",
                 "startsAt":"2026-11-29T09:00:00+08:00","reminder":"DAY_BEFORE"}
                """.formatted(UUID.randomUUID(), stationId, UUID.randomUUID(), subjectOf(refused)));
        publish("volunteer-events", stationId,
                shiftReminder(UUID.randomUUID(), stationId, subjectOf(before), "DAY_BEFORE"),
                withNul,
                shiftReminder(UUID.randomUUID(), stationId, subjectOf(after), "DAY_BEFORE"));

        List<ConsumerRecord<String, String>> dead = TopicReader.read(DLQ, r -> r.value().contains(refusedId.toString()),
                found -> !found.isEmpty(), Duration.ofSeconds(60));
        assertThat(dead).as("the refused event, on the dead-letter topic").hasSize(1);
        awaitFeed(TestTokens.token(before, null, "worker"), 1);
        awaitFeed(TestTokens.token(after, null, "worker"), 1);
        assertThat(unread(TestTokens.token(refused, null, "worker"))).as("the refused event's person").isZero();
    }
}
