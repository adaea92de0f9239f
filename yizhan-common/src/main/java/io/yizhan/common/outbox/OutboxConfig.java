package io.yizhan.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "yizhan.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of this service's events, e.g. {@code /station-service}. */
    String source();

    /** How often the relay looks for unpublished rows (the scheduler's floor is one second). */
    @WithDefault("1s")
    Duration relayInterval();

    /**
     * Whether a commit that wrote outbox rows wakes the relay at once (a NOTIFY from the table's
     * trigger, R__outbox_wake.sql) rather than at the next tick; the tick stays as the backstop.
     */
    @WithDefault("true")
    boolean wakeOnCommit();

    /**
     * Rows relayed per transaction, at most. Batches follow one another (each waits for its acks), so a backlog
     * drains at about a batch per round trip of lock, send, ack and mark: 6,000 station changes reached Kafka in
     * 6.2 s with 100 a batch and in 2.7 s with 500 (bench replicas, 2026-12-07). Keep it well below the Kafka
     * connector's in-flight limit (max-inflight-messages, 1,024), which takes a whole batch from the emitter at
     * once: past it, records would wait in the emitter's buffer (128) and overflow it.
     */
    @WithDefault("500")
    int batchSize();

    /**
     * Full batches relayed one after another in one run before it yields; a run that ends at this cap
     * is followed at once by another (on a fresh context), so a burst (a bulk load, a backlog after an
     * outage) drains at the broker's pace while a run stays a bounded chain.
     */
    @WithDefault("20")
    int maxBatchesPerRun();

    /** How long the relay waits for the broker's acknowledgement before leaving the rest for the next run. */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * After a run gave up waiting, how long later runs hold back while its records are still with the
     * producer (they are delivered when the broker returns, and then not sent again).
     */
    @WithDefault("2m")
    Duration unsettledWait();
}
