package io.yizhan.station.search.repository;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's per-cell counts (V9) against the stations themselves: after every kind of change the rows of
 * {@code station_map_cell} equal a GROUP BY over the running stations, at every cell size. The stations
 * live in a 4° cell of Inner Mongolia (40–44°N, 100–104°E) that no other test touches.
 */
@QuarkusTest
class StationMapCellTest {

    static final String AREA = "lat >= 40 AND lat < 44 AND lon >= 100 AND lon < 104";

    static final String EXPECTED = "SELECT e AS exponent, floor(lon / power(2::float8, e))::int AS cx,"
            + " floor(lat / power(2::float8, e))::int AS cy, station_type, open_24h, count(*)::int AS n,"
            + " sum(lat) AS sum_lat, sum(lon) AS sum_lon, min(lat) AS min_lat, min(lon) AS min_lon, max(lat) AS max_lat,"
            + " max(lon) AS max_lon FROM station CROSS JOIN generate_series(" + StationSearchRepository.MIN_CELL_EXPONENT
            + ", " + StationSearchRepository.MAX_CELL_EXPONENT + ") AS e"
            + " WHERE status IN ('OPEN', 'WARNED') AND " + AREA + " GROUP BY 1, 2, 3, 4, 5";

    // a cell lies in the area when its corner does: cells of 2^e ≤ 4° nest inside the 4° cell
    static final String KEPT = "SELECT * FROM station_map_cell WHERE n > 0"
            + " AND cx * power(2::float8, exponent) >= 100 AND cx * power(2::float8, exponent) < 104"
            + " AND cy * power(2::float8, exponent) >= 40 AND cy * power(2::float8, exponent) < 44";

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                "postgres", "");
    }

    @Test
    void theCellsCountTheRunningStationsThroughEveryKindOfChange() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("DELETE FROM station WHERE " + AREA);
            // one statement of 300 rows, as a bulk load is: two in three running, a third 24-hour
            sql.execute("INSERT INTO station (id, tenant, name, address, district, lat, lon, station_type, status, open_24h,"
                    + " created_at, updated_at) SELECT gen_random_uuid(), 'test', '阿拉善测试驿站' || g, '阿拉善', '阿拉善左旗',"
                    + " 40.05 + (g % 20) * 0.19, 100.05 + (g / 20) * 0.25, CASE WHEN g % 2 = 0 THEN 'STANDALONE' ELSE 'COURIER_DEPOT' END,"
                    + " CASE WHEN g % 3 = 0 THEN 'PLANNED' WHEN g % 3 = 1 THEN 'OPEN' ELSE 'WARNED' END, g % 3 = 1 AND g % 5 = 0,"
                    + " now(), now() FROM generate_series(0, 299) g");
            assertMatches(sql, 200);

            sql.execute("INSERT INTO station (id, tenant, name, address, district, lat, lon, station_type, status, open_24h,"
                    + " created_at, updated_at) VALUES (gen_random_uuid(), 'test', '单独驿站', '阿拉善', '阿拉善左旗', 41.001, 101.001,"
                    + " 'STANDALONE', 'OPEN', true, now(), now())");
            assertMatches(sql, 201);

            sql.execute("UPDATE station SET status = 'SUSPENDED' WHERE " + AREA + " AND status = 'WARNED' AND lat < 41");
            int closed = 201 - count(sql);
            assertThat(closed).isPositive();
            assertMatches(sql, 201 - closed);

            sql.execute("UPDATE station SET status = 'OPEN' WHERE " + AREA + " AND status = 'PLANNED' AND lon < 101");
            int running = count(sql);
            assertThat(running).isGreaterThan(201 - closed);
            assertMatches(sql, running);

            // moved within the area, across cells; a new type and 24-hour flag; a rename that counts nothing
            sql.execute("UPDATE station SET lat = lat + 0.5, lon = lon + 0.3 WHERE " + AREA + " AND lat < 42 AND lat > 41.5");
            sql.execute("UPDATE station SET station_type = 'TWENTY_FOUR_HOUR', open_24h = true WHERE " + AREA + " AND lon > 103");
            sql.execute("UPDATE station SET name = name || '（改）' WHERE " + AREA);
            assertMatches(sql, running);

            // moved out of the area: gone from its cells
            int leaving = scalar(sql, "SELECT count(*) FROM station WHERE " + AREA + " AND status IN ('OPEN', 'WARNED') AND lat > 43.5");
            assertThat(leaving).isPositive();
            sql.execute("UPDATE station SET lat = lat + 2 WHERE " + AREA + " AND lat > 43.5");
            assertMatches(sql, running - leaving);

            sql.execute("DELETE FROM station WHERE " + AREA + " AND lon < 100.6");
            assertMatches(sql, count(sql));

            sql.execute("DELETE FROM station WHERE (" + AREA + ") OR (lat >= 44 AND lat < 46 AND lon >= 100 AND lon < 104)");
            assertThat(scalar(sql, "SELECT count(*) FROM (" + KEPT + ") k")).isZero();
        }
    }

    static int count(Statement sql) throws SQLException {
        return scalar(sql, "SELECT count(*) FROM station WHERE status IN ('OPEN', 'WARNED') AND " + AREA);
    }

    static int scalar(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The kept cells equal the GROUP BY: same keys and counts, same sums, bounds that enclose the stations. */
    static void assertMatches(Statement sql, int running) throws SQLException {
        assertThat(count(sql)).isEqualTo(running);
        String diff = "SELECT x.exponent, x.cx, x.cy, x.n AS expected, k.n AS kept FROM (" + EXPECTED + ") x"
                + " FULL JOIN (" + KEPT + ") k USING (exponent, cx, cy, station_type, open_24h)"
                + " WHERE x.n IS DISTINCT FROM k.n OR abs(x.sum_lat - k.sum_lat) > 1e-6 OR abs(x.sum_lon - k.sum_lon) > 1e-6"
                + " OR k.min_lat > x.min_lat OR k.min_lon > x.min_lon OR k.max_lat < x.max_lat OR k.max_lon < x.max_lon";
        List<String> wrong = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(diff)) {
            while (rs.next()) {
                wrong.add(rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + ": " + rs.getObject(4) + " vs " + rs.getObject(5));
            }
        }
        assertThat(wrong).isEmpty();
        // each running station is counted once per cell size
        int exponents = StationSearchRepository.MAX_CELL_EXPONENT - StationSearchRepository.MIN_CELL_EXPONENT + 1;
        assertThat(scalar(sql, "SELECT coalesce(sum(n), 0) FROM (" + KEPT + ") k")).isEqualTo(running * exponents);
    }
}
