package io.yizhan.common.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.outbox.OutboxEvent;
import io.yizhan.common.outbox.OutboxRelay;
import io.yizhan.common.testing.KafkaBrokerResource;
import io.yizhan.common.testing.TopicReader;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The outbox relay against the real database and broker, run by hand (the schedule is off in these tests). */
@QuarkusTest
@TestProfile(CommonTestProfile.class)
class OutboxRelayTest {

    static final String TOPIC = "yizhan-common-test-events";

    final ObjectMapper json = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    Pool pool;

    CloudEvent append(String subject) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                outbox.append("yizhan.test.happened", subject, "fuzhou", Map.of("n", 1))));
    }

    int relay() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> relay.relay());
    }

    /** A run for Awaitility, which takes only exceptions: a run that fails counts as none published. */
    int relayOrFailure() {
        try {
            return relay();
        } catch (Throwable e) {
            return -1;
        }
    }

    OutboxEvent row(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent.<OutboxEvent>findById(id)));
    }

    /**
     * The event ids on the topic under {@code subject}, read until a marker appended and relayed after
     * them arrives: what was sent before it is on the topic by then, copies included.
     */
    List<String> eventIdsOnTheTopic(String subject) throws Throwable {
        CloudEvent marker = append(subject);
        assertThat(relay()).isEqualTo(1);
        List<ConsumerRecord<String, String>> records = TopicReader.read(TOPIC, r -> subject.equals(r.key()),
                found -> found.stream().anyMatch(r -> r.value().contains(marker.id().toString())), Duration.ofSeconds(30));
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String id = json.readTree(record.value()).path("id").asText();
            if (!id.equals(marker.id().toString())) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Test
    void unpublishedRowsArePublishedOnceInOrderAndMarked() throws Throwable {
        String subject = "station-" + UUID.randomUUID();
        CloudEvent first = append(subject);
        CloudEvent second = append(subject);
        CloudEvent third = append(subject);

        assertThat(relay()).isEqualTo(3);
        assertThat(relay()).as("nothing left to publish").isZero();

        for (CloudEvent event : List.of(first, second, third)) {
            OutboxEvent row = row(event.id());
            assertThat(row.publishedAt).isNotNull();
            assertThat(row.attempts).isEqualTo(1);
        }
        assertThat(eventIdsOnTheTopic(subject))
                .containsExactly(first.id().toString(), second.id().toString(), third.id().toString());
    }

    @Test
    void aBacklogOfMoreRowsThanTheEmittersDefaultBufferLeavesInOneBatchInOrder() throws Throwable {
        // 300 > 128, the emitter's buffer: the connector takes a whole batch at once, so none waits there to overflow it
        String subject = "bulk-" + UUID.randomUUID();
        int rows = 300;
        List<UUID> ids = VertxContextSupport.subscribeAndAwait(() -> pool.withTransaction(tx -> {
            Uni<List<UUID>> chain = Uni.createFrom().item(new ArrayList<>());
            for (int n = 0; n < rows; n++) {
                int number = n;
                chain = chain.chain(list -> outbox.append(tx, "yizhan.test.happened", subject, "fuzhou", Map.of("n", number))
                        .map(event -> {
                            list.add(event.id());
                            return list;
                        }));
            }
            return chain;
        }));

        assertThat(relay()).as("one run, one batch").isEqualTo(rows);
        assertThat(row(ids.get(rows - 1)).attempts).isEqualTo(1);
        assertThat(eventIdsOnTheTopic(subject)).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
    }

    @Test
    void whileTheBrokerIsAwayTheRelayHoldsBackAndTheEventIsPublishedOnceAfterwards() throws Throwable {
        String subject = "station-" + UUID.randomUUID();
        // the producer knows the topic before the outage, so its sends wait in the producer rather than fail at once
        append(subject);
        assertThat(relay()).isEqualTo(1);

        CloudEvent during;
        KafkaBrokerResource.broker().kill();
        try {
            during = append(subject);
            assertThatThrownBy(this::relay).as("the run gives up after the send timeout").isNotNull();
            assertThat(row(during.id()).publishedAt).isNull();
            // the record is still in the producer: later runs hold back instead of sending another copy
            assertThat(relay()).isZero();
            assertThat(relay()).isZero();
            assertThat(row(during.id()).publishedAt).isNull();
        } finally {
            KafkaBrokerResource.broker().start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> relayOrFailure() == 1);
        assertThat(row(during.id()).publishedAt).isNotNull();
        List<String> ids = eventIdsOnTheTopic(subject);
        assertThat(ids.stream().filter(during.id().toString()::equals)).as("copies of the event sent during the outage")
                .hasSize(1);
    }
}
