package io.yizhan.station.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader on the real test database. The empty-table case runs in a transaction that empties the
 * table and is rolled back, so no demo station ever reaches the database the other test classes share
 * (their viewport counts, e.g. Nanping's, stay theirs).
 */
@QuarkusTest
class DemoStationLoaderTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DemoStationLoader loader;

    @Inject
    Pool pool;

    @Inject
    DemoConfig config;

    @Test
    void loadsAnEmptyTableWithOneRegisteredEventPerStation() {
        List<DemoStation> stations = DemoStationGenerator.fujian(DemoStationGenerator.DEFAULT_SEED).subList(0, 1200);
        SqlConnection connection = pool.getConnection().await().atMost(WAIT);
        try {
            Transaction tx = connection.begin().await().atMost(WAIT);
            try {
                connection.query("TRUNCATE station CASCADE").execute().await().atMost(WAIT);
                assertThat(loader.loadIfEmpty(connection, stations).await().atMost(WAIT)).isEqualTo(1200);

                assertThat(count(connection, "SELECT count(*) FROM station")).isEqualTo(1200);
                // inspector1's body has open Fuzhou and Xiamen stations to inspect (ADR 0015)
                assertThat(count(connection, "SELECT count(*) FROM inspection_assignment a JOIN station s ON s.id = a.station_id"
                        + " WHERE a.body_code = 'fj-3rd-eval' AND s.status = 'OPEN' AND a.inspection_id IS NULL")).isEqualTo(5);
                DemoStation first = stations.get(0);
                var row = connection.preparedQuery("SELECT name, tenant, district, station_type, status, amenities::text AS a,"
                                + " weekly_hours::text AS w, area_m2::float8 AS area, ST_Y(geog::geometry) AS geo_lat FROM station WHERE id = $1")
                        .execute(Tuple.of(first.id())).await().atMost(WAIT).iterator().next();
                assertThat(row.getString("name")).isEqualTo(first.name());
                assertThat(row.getString("tenant")).isEqualTo(first.tenant());
                assertThat(row.getString("station_type")).isEqualTo(first.type());
                assertThat(row.getString("a").replace(" ", "")).isEqualTo(first.amenitiesJson());
                assertThat(row.getDouble("area")).isEqualTo(first.areaM2());
                assertThat(row.getDouble("geo_lat")).isCloseTo(first.lat(), org.assertj.core.api.Assertions.within(1e-9));

                String ids = "SELECT id FROM station";
                assertThat(count(connection, "SELECT count(*) FROM outbox_event WHERE event_type = 'yizhan.station.registered'"
                        + " AND published_at IS NULL AND subject::uuid IN (" + ids + ")")).isEqualTo(1200);
                var event = connection.preparedQuery("SELECT envelope->>'specversion' AS v, envelope->>'source' AS src,"
                                + " envelope->>'tenant' AS tenant, envelope->'data'->>'name' AS name, envelope->'data'->>'version' AS version"
                                + " FROM outbox_event WHERE subject = $1")
                        .execute(Tuple.of(first.id().toString())).await().atMost(WAIT).iterator().next();
                assertThat(event.getString("v")).isEqualTo("1.0");
                assertThat(event.getString("src")).isEqualTo("/station-service");
                assertThat(event.getString("tenant")).isEqualTo(first.tenant());
                assertThat(event.getString("name")).isEqualTo(first.name());
                assertThat(event.getString("version")).isEqualTo("0");
                // the search function reads the generated hours
                assertThat(count(connection, "SELECT count(*) FROM station WHERE station_open_at(weekly_hours, hours_exceptions,"
                        + " open_24h, '2026-03-11 10:00')")).isGreaterThan(1000L);
            } finally {
                tx.rollback().await().atMost(WAIT);
            }
        } finally {
            connection.close().await().atMost(WAIT);
        }
        assertThat(count(pool, "SELECT count(*) FROM station WHERE name = '" + stations.get(0).name().replace("'", "''")
                + "' AND id = '" + stations.get(0).id() + "'")).isZero();
    }

    @Test
    void doesNothingWhenTheTableHasStations() {
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "演示前已有驿站", "address", "福州市鼓楼区", "district", "鼓楼区",
                        "lat", 26.08, "lon", 119.29, "type", "STANDALONE"))
                .when().post("/api/v1/stations").then().statusCode(201);
        long before = count(pool, "SELECT count(*) FROM station");
        long eventsBefore = count(pool, "SELECT count(*) FROM outbox_event");

        List<DemoStation> stations = DemoStationGenerator.generate(DemoRegion.FUJIAN, 30, 99);
        assertThat(loader.loadIfEmpty(stations).await().atMost(WAIT)).isZero();

        assertThat(count(pool, "SELECT count(*) FROM station")).isEqualTo(before);
        assertThat(count(pool, "SELECT count(*) FROM outbox_event")).isEqualTo(eventsBefore);
        UUID someDemoId = stations.get(0).id();
        assertThat(count(pool, "SELECT count(*) FROM station WHERE id = '" + someDemoId + "'")).isZero();
    }

    @Test
    void theStartUpLoadIsOffUnlessConfigured() {
        assertThat(config.loadStations()).isFalse();
    }

    static long count(SqlConnection connection, String sql) {
        return connection.query(sql).execute().await().atMost(WAIT).iterator().next().getLong(0);
    }

    static long count(Pool pool, String sql) {
        return pool.query(sql).execute().await().atMost(WAIT).iterator().next().getLong(0);
    }
}
