package io.yizhan.common.it;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.outbox.OutboxEvent;
import io.yizhan.common.testing.TopicReader;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /** Rows one run relays at most: {@link WakeOnly}'s batch size times its batches per run. */
    static final int RUN_CAP = 5 * 2;

    /** The common profile with the wake-up on and the tick still off; small runs, so a backlog outgrows one. */
    public static class WakeOnly extends CommonTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("yizhan.outbox.wake-on-commit", "true");
            overrides.put("yizhan.outbox.batch-size", "5");
            overrides.put("yizhan.outbox.max-batches-per-run", "2");
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
    void aBacklogLargerThanOneRunDrainsOnOneWakeUpWithoutATick() throws Throwable {
        // one commit, one NOTIFY, more rows than a run may take: only the runs that follow a capped run
        // can publish the rest, since the tick is off
        int rows = 2 * RUN_CAP + 3;
        String subject = "backlog-" + UUID.randomUUID();
        List<UUID> ids = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            Uni<List<UUID>> chain = Uni.createFrom().item(new ArrayList<>());
            for (int n = 0; n < rows; n++) {
                int number = n;
                chain = chain.chain(list -> outbox.append("yizhan.test.happened", subject, "fuzhou", Map.of("n", number))
                        .map(event -> {
                            list.add(event.id());
                            return list;
                        }));
            }
            return chain;
        }));

        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(this::published));
        List<String> sent = TopicReader.read(OutboxRelayTest.TOPIC, r -> subject.equals(r.key()), found -> found.size() >= rows,
                Duration.ofSeconds(20)).stream().map(r -> r.value()).toList();
        assertThat(sent).hasSize(rows);
        for (int n = 0; n < rows; n++) {
            assertThat(sent.get(n)).as("record %d in commit order", n).contains(ids.get(n).toString());
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
                        .chain(e -> Uni.createFrom().failure(new IllegalStateException("the change fails"))))))
                .hasStackTraceContaining("the change fails");
        // its row went with it: the relay, which publishes only rows, has nothing of it to send
        assertThat(rolledBack[0]).isNotNull();
        assertThat(row(rolledBack[0])).isNull();
    }
}
