package io.yizhan.common.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox and the Idempotency-Key store on a transaction a service runs on the reactive pool, without a
 * Hibernate session (locker-service's reservation): their rows commit and roll back with that transaction.
 */
@QuarkusTest
@TestProfile(CommonTestProfile.class)
class PoolTransactionTest {

    @Inject
    Pool pool;
    @Inject
    Outbox outbox;
    @Inject
    IdempotentRequests idempotency;

    record Ask(String item, int count) {
    }

    record Answer(UUID id, String item) {
    }

    <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }

    Row outboxRow(UUID id) throws Throwable {
        return await(() -> pool.preparedQuery("SELECT event_type, subject, tenant, envelope, published_at, attempts"
                + " FROM outbox_event WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next() : null));
    }

    long records(String caller) throws Throwable {
        return await(() -> pool.preparedQuery("SELECT count(*) FROM idempotency_record WHERE caller = $1").execute(Tuple.of(caller))
                .map(rows -> rows.iterator().next().getLong(0)));
    }

    @Test
    void anEventAppendedOnThePoolsTransactionIsStoredAsItsEnvelopeUnpublished() throws Throwable {
        String subject = "pool-" + UUID.randomUUID();
        CloudEvent event = await(() -> pool.withTransaction(tx ->
                outbox.append(tx, "yizhan.test.pooled", subject, "xiamen", Map.of("n", 7, "name", "饮用水"))));

        Row row = outboxRow(event.id());
        assertThat(row).isNotNull();
        assertThat(row.getString("event_type")).isEqualTo("yizhan.test.pooled");
        assertThat(row.getString("subject")).isEqualTo(subject);
        assertThat(row.getString("tenant")).isEqualTo("xiamen");
        assertThat(row.getValue("published_at")).isNull();
        assertThat(row.getInteger("attempts")).isZero();
        // stored as a JSON object (not as one JSON string), the envelope the relay publishes
        JsonObject envelope = (JsonObject) row.getValue("envelope");
        assertThat(envelope.getString("id")).isEqualTo(event.id().toString());
        assertThat(envelope.getString("type")).isEqualTo("yizhan.test.pooled");
        assertThat(envelope.getJsonObject("data").getInteger("n")).isEqualTo(7);
        assertThat(envelope.getJsonObject("data").getString("name")).isEqualTo("饮用水");
    }

    @Test
    void anEventOfATransactionThatFailsIsNotStored() throws Throwable {
        UUID[] appended = new UUID[1];
        assertThatThrownBy(() -> await(() -> pool.withTransaction(tx ->
                outbox.append(tx, "yizhan.test.pooled", "rolled-back", "fuzhou", Map.of("n", 1))
                        .invoke(event -> appended[0] = event.id())
                        .chain(event -> Uni.createFrom().failure(ProblemException.conflict("refused after the append"))))))
                .isInstanceOf(ProblemException.class);
        assertThat(appended[0]).isNotNull();
        assertThat(outboxRow(appended[0])).isNull();
    }

    @Test
    void aRepeatedKeyGetsTheFirstAnswerWithoutRunningAgain() throws Throwable {
        String caller = "worker-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        Ask ask = new Ask("饮用水", 1);
        var first = await(() -> pool.withTransaction(tx -> idempotency.run(tx, "key-1", caller, ask, Answer.class,
                () -> Uni.createFrom().item(new Answer(UUID.randomUUID(), "饮用水 #" + runs.incrementAndGet())))));
        var again = await(() -> pool.withTransaction(tx -> idempotency.run(tx, "key-1", caller, ask, Answer.class,
                () -> Uni.createFrom().item(new Answer(UUID.randomUUID(), "饮用水 #" + runs.incrementAndGet())))));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.response()).isEqualTo(first.response());
        assertThat(runs).hasValue(1);
        assertThat(records(caller)).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefusedAndAKeyOfAFailedRequestIsFree() throws Throwable {
        String caller = "worker-" + UUID.randomUUID();
        await(() -> pool.withTransaction(tx -> idempotency.run(tx, "key-2", caller, new Ask("雨衣", 1), Answer.class,
                () -> Uni.createFrom().item(new Answer(UUID.randomUUID(), "雨衣")))));
        assertThatThrownBy(() -> await(() -> pool.withTransaction(tx -> idempotency.run(tx, "key-2", caller,
                new Ask("雨衣", 2), Answer.class, () -> Uni.createFrom().item(new Answer(UUID.randomUUID(), "雨衣"))))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem().status()).isEqualTo(422));

        // the action failed: its record rolled back with it, so the same key may be used again
        assertThatThrownBy(() -> await(() -> pool.withTransaction(tx -> idempotency.run(tx, "key-3", caller,
                new Ask("雨衣", 1), Answer.class, () -> Uni.createFrom().failure(ProblemException.conflict("out of stock"))))))
                .isInstanceOf(ProblemException.class);
        var retried = await(() -> pool.withTransaction(tx -> idempotency.run(tx, "key-3", caller, new Ask("雨衣", 1),
                Answer.class, () -> Uni.createFrom().item(new Answer(UUID.randomUUID(), "雨衣")))));
        assertThat(retried.replayed()).isFalse();
        assertThat(records(caller)).isEqualTo(2);
    }

    @Test
    void aBlankOrOverlongKeyIsRefusedNamingTheHeader() {
        assertThatThrownBy(() -> await(() -> pool.withTransaction(tx -> idempotency.run(tx, " ", "w", new Ask("x", 1),
                Answer.class, () -> Uni.createFrom().item(new Answer(UUID.randomUUID(), "x"))))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.toProblem().status()).isEqualTo(400);
                    assertThat(e.toProblem().toString()).contains(IdempotentRequests.HEADER);
                });
        assertThatThrownBy(() -> await(() -> pool.withTransaction(tx -> idempotency.run(tx, "k".repeat(201), "w",
                new Ask("x", 1), Answer.class, () -> Uni.createFrom().item(new Answer(UUID.randomUUID(), "x"))))))
                .isInstanceOf(ProblemException.class);
    }
}
