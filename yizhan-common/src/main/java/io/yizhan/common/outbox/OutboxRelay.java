package io.yizhan.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Publishes committed outbox rows to the service's topic, oldest first, and marks them published
 * only after the broker acknowledged them (acks=all, idempotent producer). While Kafka is down the
 * sends time out, the transaction rolls back and the rows wait for the next run: nothing is lost,
 * and a row may at worst be published twice, which consumers' inboxes absorb.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "events-out";

    private final MutinyEmitter<String> emitter;
    private final OutboxRepository repository;
    private final OutboxConfig config;
    private final Counter published;
    private final Counter failedRuns;

    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxRepository repository,
                       OutboxConfig config, MeterRegistry registry) {
        this.emitter = emitter;
        this.repository = repository;
        this.config = config;
        this.published = registry.counter("yizhan.outbox.published");
        this.failedRuns = registry.counter("yizhan.outbox.relay.failures");
        registry.gauge("yizhan.outbox.batch.size", config.batchSize());
    }

    @Scheduled(every = "${yizhan.outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relayOnSchedule() {
        return relay()
                .onFailure().invoke(e -> {
                    failedRuns.increment();
                    Log.warnf("outbox relay run failed, rows stay for the next run: %s", e.toString());
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * One run: publishes batch after batch (each in its own transaction) while they come back full,
     * at most {@code max-batches-per-run} of them, and returns how many rows were marked published.
     */
    public Uni<Integer> relay() {
        return relayFrom(1, 0);
    }

    private Uni<Integer> relayFrom(int batch, int publishedSoFar) {
        return relayBatch().chain(count -> count == config.batchSize() && batch < config.maxBatchesPerRun()
                ? relayFrom(batch + 1, publishedSoFar + count)
                : Uni.createFrom().item(publishedSoFar + count));
    }

    /** One transaction: locks up to a batch of the oldest unpublished rows, publishes them, marks them. */
    Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> repository.lockUnpublished(config.batchSize())
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(0) : publish(rows)));
    }

    private Uni<Integer> publish(List<OutboxEvent> rows) {
        rows.forEach(row -> row.attempts++);
        // All rows are handed to the producer at once, in order (join subscribes in list order), and
        // acknowledged together; the idempotent producer keeps each key's order with several in flight.
        List<Uni<Void>> sends = rows.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast()
                .ifNoItem().after(config.sendTimeout()).fail()
                .map(sent -> {
                    OffsetDateTime now = OffsetDateTime.now();
                    rows.forEach(row -> row.publishedAt = now);
                    published.increment(rows.size());
                    return rows.size();
                });
    }

    private Uni<Void> send(OutboxEvent row) {
        Message<String> message = Message.of(row.envelope)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(row.subject).build());
        return emitter.sendMessage(message);
    }
}
