package io.yizhan.station.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.yizhan.station.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo 24-hour stations' week of door entries (ADR 0017), on the real test database inside a transaction
 * that is rolled back (as DemoStationLoaderTest does), so no demo station or entry reaches the database the
 * other test classes share.
 */
@QuarkusTest
class DemoDoorHistoryTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DemoStationLoader loader;

    @Inject
    DemoDoorHistory doors;

    @Inject
    DemoConfig config;

    @Inject
    Pool pool;

    @Inject
    TestClock clock;

    @Test
    void everyOpenFuzhouTwentyFourHourStationGetsAWeekOfVisitsOnceAndTheLoadIsOffUnlessConfigured() {
        assertThat(config.loadStations()).isFalse();
        assertThat(config.loadHistory()).isFalse();
        assertThat(config.historyDays()).isEqualTo(7);
        List<DemoStation> stations = DemoStationGenerator.fujian(DemoStationGenerator.DEFAULT_SEED).stream()
                .filter(s -> "fuzhou".equals(s.tenant()) || "ningde".equals(s.tenant())).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
        long open24hFuzhou = stations.stream().filter(s -> "fuzhou".equals(s.tenant()) && s.open24h() && "OPEN".equals(s.status())
                && s.openedAt() != null && !s.openedAt().isAfter(today.minusDays(7).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime()))
                .count();
        SqlConnection connection = pool.getConnection().await().atMost(WAIT);
        try {
            Transaction tx = connection.begin().await().atMost(WAIT);
            try {
                connection.query("TRUNCATE station CASCADE").execute().await().atMost(WAIT);
                loader.loadIfEmpty(connection, stations).await().atMost(WAIT);
                int given = doors.load(connection, stations, now).await().atMost(WAIT);
                // all of Fuzhou's open 24-hour stations (about 8 % of its 1,197), one in ten of Ningde's
                assertThat(open24hFuzhou).isGreaterThan(50);
                assertThat((long) given).isBetween(open24hFuzhou, open24hFuzhou + 15);
                assertThat(count(connection, "SELECT count(DISTINCT d.station_id) FROM door_entry d JOIN station s ON s.id = d.station_id"
                        + " WHERE s.tenant = 'fuzhou' AND s.open_24h")).isEqualTo(open24hFuzhou);
                assertThat(count(connection, "SELECT count(*) FROM door_entry d JOIN station s ON s.id = d.station_id"
                        + " WHERE NOT s.open_24h OR s.status <> 'OPEN'")).isZero();
                // 20–59 visits a day in Fuzhou on each of the 7 days before today, each an entry and an exit
                String perDay = "SELECT %s(n) FROM (SELECT count(*) AS n FROM door_entry d JOIN station s ON s.id = d.station_id"
                        + " WHERE s.tenant = 'fuzhou' AND d.granted AND d.direction = 'IN'"
                        + " GROUP BY d.station_id, (d.at AT TIME ZONE 'Asia/Shanghai')::date) x";
                assertThat(count(connection, perDay.formatted("min"))).isGreaterThanOrEqualTo(20);
                assertThat(count(connection, perDay.formatted("max"))).isLessThanOrEqualTo(59);
                assertThat(count(connection, "SELECT count(DISTINCT (at AT TIME ZONE 'Asia/Shanghai')::date) FROM door_entry"
                        + " WHERE direction = 'IN'")).isEqualTo(7);
                assertThat(count(connection, "SELECT count(*) FROM door_entry WHERE direction = 'IN' AND ((at AT TIME ZONE 'Asia/Shanghai')::date"
                        + " < '" + today.minusDays(7) + "' OR (at AT TIME ZONE 'Asia/Shanghai')::date >= '" + today + "')")).isZero();
                assertThat(count(connection, "SELECT count(*) FROM door_entry WHERE granted AND direction = 'OUT'"))
                        .isEqualTo(count(connection, "SELECT count(*) FROM door_entry WHERE granted AND direction = 'IN'"));
                assertThat(count(connection, "SELECT count(*) FROM door_entry WHERE NOT granted")).isPositive();
                // the day tallies agree with the entries
                assertThat(count(connection, "SELECT coalesce(sum(visits), 0) FROM station_visit_day"))
                        .isEqualTo(count(connection, "SELECT count(*) FROM door_entry WHERE granted AND direction = 'IN'"));
                // those stations are judged from the week's start (every whole day of it has entries), no other is
                String start = "'" + today.minusDays(7).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime() + "'::timestamptz";
                assertThat(count(connection, "SELECT count(*) FROM station WHERE evidence_since = " + start)).isEqualTo(given);
                assertThat(count(connection, "SELECT count(*) FROM station s WHERE evidence_since = " + start
                        + " AND NOT EXISTS (SELECT 1 FROM door_entry d WHERE d.station_id = s.id)")).isZero();
                // a second start writes nothing
                long entries = count(connection, "SELECT count(*) FROM door_entry");
                assertThat(doors.load(connection, stations, now).await().atMost(WAIT)).isZero();
                assertThat(count(connection, "SELECT count(*) FROM door_entry")).isEqualTo(entries);
                // the same week from the same seed
                assertThat(doors.week(stations, now)).isEqualTo(doors.week(stations, now));
            } finally {
                tx.rollback().await().atMost(WAIT);
            }
        } finally {
            connection.close().await().atMost(WAIT);
        }
    }

    static long count(SqlConnection connection, String sql) {
        return connection.query(sql).execute().await().atMost(WAIT).iterator().next().getLong(0);
    }
}
