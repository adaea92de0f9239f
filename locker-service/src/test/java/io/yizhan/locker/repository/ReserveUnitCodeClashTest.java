package io.yizhan.locker.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.locker.Fixtures;
import io.yizhan.locker.TestClock;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reservations at one locker that draw the same pickup code at the same moment: the one that commits
 * second gets another code instead of a refusal (reserve_unit, V8). The two sessions draw the same code
 * because both seed PostgreSQL's random() alike; the second one waits behind the first's row lock on the
 * compartment, and its insert meets the first's committed code.
 */
@QuarkusTest
class ReserveUnitCodeClashTest {

    private static final String CALL = "SELECT r_outcome, r_pickup_code, r_qr_payload FROM reserve_unit($1, $2, $3, $4, $5, $6,"
            + " ARRAY['OPEN', 'WARNED']::varchar[], $7)";

    @Inject
    TestClock clock;

    @Test
    void theSecondOfTwoEqualDrawsIsGivenAnotherCode() {
        UUID locker = Fixtures.onlineLocker("fuzhou", Fixtures.station("fuzhou"), "locker-" + UUID.randomUUID());
        UUID item = Fixtures.supply("fuzhou", "口罩", Map.of());
        Fixtures.stock(locker, 5, item, 5);
        SqlConnection first = Fixtures.pool().getConnection().await().indefinitely();
        SqlConnection second = Fixtures.pool().getConnection().await().indefinitely();
        try {
            Row a = reserve(first, locker, item, "clash-a");
            assertThat(a.getString(0)).isEqualTo("OK");
            // the premise: a session seeded alike draws this code first (so the second one below will too)
            assertThat(Fixtures.pool().withConnection(c -> c.query("SELECT setseed(0.42)").execute()
                    .chain(() -> c.query("SELECT lpad(floor(random() * 1000000)::int::text, 6, '0')").execute()))
                    .await().indefinitely().iterator().next().getString(0)).isEqualTo(a.getString(1));

            CompletableFuture<Row> b = new CompletableFuture<>();
            begin(second);
            second.preparedQuery(CALL).execute(args(locker, item, "clash-b"))
                    .subscribe().with(rows -> b.complete(rows.iterator().next()), b::completeExceptionally);
            // the second waits on the compartment's row lock, having drawn the first's (uncommitted) code
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Fixtures.count(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%reserve_unit%'") == 1);
            first.query("COMMIT").execute().await().indefinitely();

            Row row = b.join();
            second.query("COMMIT").execute().await().indefinitely();
            assertThat(row.getString(0)).isEqualTo("OK");
            assertThat(row.getString(1)).matches("[0-9]{6}").isNotEqualTo(a.getString(1));
            assertThat(row.getString(2)).contains("|" + row.getString(1) + "|");
            assertThat(Fixtures.count("SELECT count(DISTINCT pickup_code) FROM reservation WHERE locker_id = $1 AND worker LIKE 'clash-%'",
                    locker)).isEqualTo(2);
            assertThat(Fixtures.count("SELECT held FROM compartment WHERE locker_id = $1 AND number = 5", locker)).isEqualTo(2);
        } finally {
            first.closeAndAwait();
            second.closeAndAwait();
        }
    }

    private Row reserve(SqlConnection connection, UUID locker, UUID item, String worker) {
        begin(connection);
        return connection.preparedQuery(CALL).execute(args(locker, item, worker)).await().indefinitely().iterator().next();
    }

    private static void begin(SqlConnection connection) {
        connection.query("BEGIN").execute().await().indefinitely();
        connection.query("SELECT setseed(0.42)").execute().await().indefinitely();
    }

    private Tuple args(UUID locker, UUID item, String worker) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Tuple.from(java.util.List.of(UUID.randomUUID(), worker, locker, item, now, now.plusHours(2),
                "YZ1|" + locker + "|{code}|test"));
    }
}
