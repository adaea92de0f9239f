package io.yizhan.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.yizhan.common.pg.PgChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to the service's topic, oldest first, and marks them published
 * only after the broker acknowledged them (acks=all, idempotent producer). While Kafka is down the
 * sends time out, the transaction rolls back and the rows wait for the next run: nothing is lost.
 * <p>
 * A record the relay stopped waiting for is still in the producer, which delivers it when the broker
 * returns. Sending the row again in every run of an outage put one copy per run on the topic (the fault
 * suite counted ~5 per event in a 60 s outage), so later runs hold back while such records are unsettled,
 * and a row whose record was delivered late is marked published without another send. A row may still
 * be published twice (a crash, several instances, a wait longer than {@code unsettled-wait}); the
 * consumers' inboxes absorb that.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "events-out";
    /** The NOTIFY channel of R__outbox_wake.sql's trigger. */
    static final String WAKE_CHANNEL = "outbox_wake";

    private final MutinyEmitter<String> emitter;
    private final OutboxRepository repository;
    private final OutboxConfig config;
    private final Counter published;
    private final Counter failedRuns;
    /** Rows whose record the broker acknowledged after their run had given up (marked in the next run). */
    private final Set<UUID> deliveredLate = ConcurrentHashMap.newKeySet();
    private volatile CompletableFuture<Void> unsettled = CompletableFuture.completedFuture(null);
    private volatile long unsettledSince;
    private final Clock clock;
    private final PgChannels channels;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxRepository repository,
                       OutboxConfig config, MeterRegistry registry, Clock clock, PgChannels channels) {
        this.emitter = emitter;
        this.channels = channels;
        this.clock = clock;
        this.repository = repository;
        this.config = config;
        this.published = registry.counter("yizhan.outbox.published");
        this.failedRuns = registry.counter("yizhan.outbox.relay.failures");
        registry.gauge("yizhan.outbox.batch.size", config.batchSize());
    }

    /** Listens for the trigger's NOTIFY: a commit with outbox rows is published now, not at the next tick. */
    void listen(@Observes StartupEvent start) {
        if (config.wakeOnCommit()) {
            channels.listen(WAKE_CHANNEL, payload -> wake());
        }
    }

    @Scheduled(every = "${yizhan.outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relayOnSchedule() {
        return relayOnce();
    }

    /**
     * A run on a Vert.x context of its own. The NOTIFY arrives on the listener's event loop, where a new
     * safe context for the session cannot be made: the worker pool hands it over.
     */
    void wake() {
        Infrastructure.getDefaultWorkerPool().execute(() -> VertxContextSupport.subscribe(() -> relayOnce().toMulti(),
                subscription -> subscription.with(done -> { }, e -> Log.warnf("outbox relay wake-up failed: %s", e.toString()))));
    }

    /**
     * A run unless one is going on in this instance (the tick and the wake-ups never overlap, so batches
     * leave in order); a wake-up that came meanwhile runs once more right after it, and so does a run that
     * stopped at its cap of batches (rows are left): a backlog drains at the broker's pace, a run at a
     * time on a fresh context, instead of one run per tick.
     */
    Uni<Void> relayOnce() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return Uni.createFrom().voidItem();
        }
        return relay()
                .invoke(count -> {
                    if (count >= config.batchSize() * config.maxBatchesPerRun()) {
                        again.set(true);
                    }
                })
                .onFailure().invoke(e -> {
                    failedRuns.increment();
                    Log.warnf("outbox relay run failed, rows stay for the next run: %s", e.toString());
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid()
                .eventually(() -> {
                    running.set(false);
                    if (again.getAndSet(false)) {
                        wake();
                    }
                });
    }

    /**
     * One run: publishes batch after batch (each in its own transaction) while they come back full,
     * at most {@code max-batches-per-run} of them, and returns how many rows were marked published.
     */
    public Uni<Integer> relay() {
        if (!unsettled.isDone() && System.nanoTime() - unsettledSince < config.unsettledWait().toNanos()) {
            return Uni.createFrom().item(0);
        }
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

    private Uni<Integer> publish(List<PendingEvent> rows) {
        // All rows are handed to the producer at once, in order, and acknowledged together; the
        // idempotent producer keeps each key's order with several in flight. Rows delivered late
        // after an earlier run gave up are not sent again.
        Map<PendingEvent, CompletableFuture<Void>> sends = new LinkedHashMap<>();
        for (PendingEvent row : rows) {
            sends.put(row, deliveredLate.remove(row.id())
                    ? CompletableFuture.completedFuture(null)
                    : send(row).subscribeAsCompletionStage());
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(sends.values().toArray(CompletableFuture[]::new));
        // the acknowledgement comes on a producer thread: the session's work goes on on its own context
        Context context = Vertx.currentContext();
        // a copy, so that giving up on it (the timeout cancels) leaves the sends themselves running
        return Uni.createFrom().completionStage(all.copy())
                .emitOn(task -> {
                    if (context == null) {
                        task.run();
                    } else {
                        context.runOnContext(ignored -> task.run());
                    }
                })
                .ifNoItem().after(config.sendTimeout()).fail()
                .onFailure(TimeoutException.class).invoke(() -> settleLater(sends, all))
                // one UPDATE for the batch
                .chain(sent -> repository.markPublished(rows.stream().map(PendingEvent::id).toList(), OffsetDateTime.now(clock)))
                .map(marked -> {
                    published.increment(rows.size());
                    return rows.size();
                });
    }

    /** The run gave up on these sends; remember which of them the broker acknowledges after all. */
    private void settleLater(Map<PendingEvent, CompletableFuture<Void>> sends, CompletableFuture<Void> all) {
        sends.forEach((row, send) -> send.thenRun(() -> deliveredLate.add(row.id())));
        unsettledSince = System.nanoTime();
        unsettled = all.exceptionally(e -> null);
    }

    private Uni<Void> send(PendingEvent row) {
        Message<String> message = Message.of(row.envelope())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(row.subject()).build());
        return emitter.sendMessage(message);
    }
}
