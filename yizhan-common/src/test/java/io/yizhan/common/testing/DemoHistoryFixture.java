package io.yizhan.common.testing;

import io.quarkus.arc.Arc;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The demo histories' tests (ADR 0017) in rating- and volunteer-service: stations with fixed ids, so a
 * seeded draw gives the same week on every run, put into the service's station replica.
 */
public final class DemoHistoryFixture {

    private DemoHistoryFixture() {
    }

    /** n station ids named after {@code prefix}: the same on every run. */
    public static List<UUID> stationIds(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(k -> UUID.nameUUIDFromBytes((prefix + k).getBytes(StandardCharsets.UTF_8))).toList();
    }

    /** The station-time day of a moment. */
    public static LocalDate stationDay(OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    /** Open stations of a city in the service's replica, as station-events would have put them there. */
    public static void openStations(String tenant, List<UUID> ids) {
        ids.forEach(id -> pool().preparedQuery("INSERT INTO station_replica (id, tenant, name, status, lat, lon, version, updated_at)"
                + " VALUES ($1, $2, 'P', 'OPEN', 25.4, 119.0, 1, now())").execute(Tuple.of(id, tenant)).await().indefinitely());
    }

    public static void sql(String sql) {
        pool().query(sql).execute().await().indefinitely();
    }

    public static long count(String sql) {
        return pool().query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private static Pool pool() {
        return Arc.container().instance(Pool.class).get();
    }
}
