package io.yizhan.common.testing;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of a service's test database as one value per table (row count and an md5 of its rows
 * in a fixed order), read over a plain JDBC connection with the service's own test datasource settings,
 * so that a test can show that refused requests changed nothing. Every row of every table counts:
 * whoever compares pauses the service's scheduled jobs first (see SecuritySuite), so background work
 * cannot move rows on between two fingerprints.
 */
public final class DatabaseFingerprint implements AutoCloseable {

    private final Connection connection;
    private String query;

    private DatabaseFingerprint(Connection connection) {
        this.connection = connection;
    }

    public static DatabaseFingerprint open() throws SQLException {
        var config = ConfigProvider.getConfig();
        return new DatabaseFingerprint(DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse("")));
    }

    /** Table name → "count:md5" for every table of the public schema but Flyway's history and PostGIS's own. */
    public Map<String, String> take() throws SQLException {
        if (query == null) {
            List<String> parts = new ArrayList<>();
            try (Statement sql = connection.createStatement();
                 ResultSet tables = sql.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                         + " AND table_type = 'BASE TABLE' AND table_name NOT IN ('flyway_schema_history', 'spatial_ref_sys')"
                         + " ORDER BY table_name")) {
                while (tables.next()) {
                    String table = tables.getString(1);
                    parts.add("SELECT '" + table + "', count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text),"
                            + " '')) FROM \"" + table + "\" x");
                }
            }
            query = String.join(" UNION ALL ", parts);
        }
        Map<String, String> fingerprint = new TreeMap<>();
        if (query.isEmpty()) {
            return fingerprint;
        }
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                fingerprint.put(rows.getString(1), rows.getString(2));
            }
        }
        return fingerprint;
    }

    /** The tables whose content differs between two fingerprints. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> tables = new ArrayList<>();
        new TreeMap<>(after).forEach((table, value) -> {
            if (!value.equals(before.get(table))) {
                tables.add(table);
            }
        });
        return tables;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
