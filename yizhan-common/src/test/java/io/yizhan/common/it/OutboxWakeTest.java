package io.yizhan.common.it;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.outbox.OutboxEvent;
import io.yizhan.common.testing.TopicReader;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A commit that writes outbox rows wakes the relay through the table's trigger and LISTEN: with the
 * schedule off, nothing else could publish them.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.WakeOnly.class)
class OutboxWakeTest {

    /** The common profile with the wake-up on and the tick still off. */
    public static class WakeOnly extends CommonTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("yizhan.outbox.wake-on-commit", "true");
            return overrides;
        }
    }

    @Inject
    Outbox outbox;

    OutboxEvent row(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent.<OutboxEvent>findById(id)));
    }

    /** For Awaitility, which takes only exceptions. */
    boolean published(UUID id) {
        try {
            OutboxEvent row = row(id);
            return row != null && row.publishedAt != null;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCommittedEventIsPublishedWithoutATickAndARolledBackOneLeavesNoRow() throws Throwable {
        String subject = "wake-" + UUID.randomUUID();
        CloudEvent event = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                outbox.append("yizhan.test.happened", subject, "fuzhou", Map.of("n", 1))));

        await().atMost(Duration.ofSeconds(20)).until(() -> published(event.id()));
        assertThat(TopicReader.read(OutboxRelayTest.TOPIC, r -> subject.equals(r.key()), found -> !found.isEmpty(),
                Duration.ofSeconds(20))).singleElement().satisfies(r -> assertThat(r.value()).contains(event.id().toString()));

        String lost = "wake-rolled-back-" + UUID.randomUUID();
        UUID[] rolledBack = new UUID[1];
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                outbox.append("yizhan.test.happened", lost, "fuzhou", Map.of("n", 2))
                        .invoke(e -> rolledBack[0] = e.id())
                        .chain(e -> io.smallrye.mutiny.Uni.createFrom().failure(new IllegalStateException("the change fails"))))))
                .hasStackTraceContaining("the change fails");
        // its row went with it: the relay, which publishes only rows, has nothing of it to send
        assertThat(rolledBack[0]).isNotNull();
        assertThat(row(rolledBack[0])).isNull();
    }
}
