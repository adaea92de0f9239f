package io.yizhan.volunteer;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;

/** Puts a station straight into this service's replica, as station-events would (covered by StationEventsConsumerTest). */
public final class StationFixture {

    public static final double LAT = 26.0850;
    public static final double LON = 119.2965;

    private StationFixture() {
    }

    /** A station managed by the test tokens' station manager of its city ({@code <tenant>-manager}). */
    public static UUID station(String tenant, String name, String status) {
        UUID id = UUID.randomUUID();
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement insert = db.prepareStatement("INSERT INTO station_replica (id, tenant, name, status, lat, lon, version,"
                     + " updated_at, managers) VALUES (?, ?, ?, ?, ?, ?, 0, now(), ?)")) {
            insert.setObject(1, id);
            insert.setString(2, tenant);
            insert.setString(3, name);
            insert.setString(4, status);
            insert.setDouble(5, LAT);
            insert.setDouble(6, LON);
            insert.setString(7, tenant + "-manager");
            insert.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** The wall QR version this service holds for a station (0 when it has seen no rotation). */
    public static int qrVersion(UUID station) {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT version FROM station_qr_version WHERE station_id = ?")) {
            query.setObject(1, station);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement on this service's database, e.g. to move a deadline into the past. */
    public static void sql(String sql, Object... args) {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
