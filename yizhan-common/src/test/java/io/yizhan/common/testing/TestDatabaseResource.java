package io.yizhan.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives a service's tests a fresh database of their own on the real PostgreSQL (never the one
 * {@code ./platform up} uses), created by the superuser so that extensions such as PostGIS exist.
 * The name is the {@code database} init arg plus this JVM's process id, so two checkouts testing
 * at once on one machine never drop each other's database; it is dropped when the tests end.
 * Init args: {@code database} (required) and {@code extensions} (comma-separated, optional).
 * Host and port come from PGHOST/PGPORT, default 127.0.0.1:5432.
 */
public class TestDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private String extensions = "";

    @Override
    public void init(Map<String, String> initArgs) {
        String base = initArgs.get("database");
        if (base == null || !base.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("init arg 'database' must be a plain lower-case name");
        }
        database = base + "_" + ProcessHandle.current().pid();
        extensions = initArgs.getOrDefault("extensions", "");
    }

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database + " on " + server
                    + " (is PostgreSQL running? ./platform test starts it)", e);
        }
        if (!extensions.isBlank()) {
            try (Connection db = DriverManager.getConnection(server + database, "postgres", "");
                 Statement sql = db.createStatement()) {
                for (String extension : extensions.split(",")) {
                    sql.execute("CREATE EXTENSION IF NOT EXISTS " + extension.trim());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create extensions " + extensions + " in " + database
                        + " (PostGIS installed? ./platform test installs it on Debian)", e);
            }
        }
        return Map.of(
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "quarkus.datasource.reactive.url", "postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.jdbc.url", server + database);
    }

    @Override
    public void stop() {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            // A leftover test database harms nothing; the next run of this JVM's pid would drop it first.
        }
    }
}
