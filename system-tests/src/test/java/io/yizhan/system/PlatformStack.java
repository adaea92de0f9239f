package io.yizhan.system;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/**
 * The whole platform started exactly as a developer starts it, {@code ./platform up}, but on free
 * ports, its own state directory and its own databases, so it never clashes with a running stack.
 */
final class PlatformStack {

    final Path root;
    final Map<String, String> env = new HashMap<>();
    final int keycloakPort;
    final Map<String, Integer> servicePorts = new HashMap<>();
    final Map<String, Integer> managementPorts = new HashMap<>();
    final int portalPort;
    final int dbPort;
    final String dbPrefix;

    /** The end-to-end stack: the machine's PostgreSQL, everything else of its own. */
    PlatformStack() throws IOException {
        this("e2e", false);
    }

    /**
     * A stack named {@code name} (state directory {@code .platform-<name>}, databases {@code <name>_…});
     * with {@code ownPostgres} it runs an embedded PostgreSQL cluster on a free port, which a test may
     * stop and start without touching the machine's server.
     */
    PlatformStack(String name, boolean ownPostgres) throws IOException {
        root = Path.of(System.getProperty("yizhan.root", "..")).toAbsolutePath().normalize();
        keycloakPort = freePort();
        env.put("YIZHAN_STATE_DIR", root.resolve(".platform-" + name).toString());
        dbPort = ownPostgres ? freePort() : 5432;
        env.put("YIZHAN_DB_PORT", String.valueOf(dbPort));
        // one set of databases per checkout: worktrees of other branches (other migrations) share the server
        dbPrefix = name + "_" + Integer.toHexString(root.toString().hashCode() & 0xffffff) + "_";
        env.put("YIZHAN_DB_PREFIX", dbPrefix);
        // every run starts from empty databases: a device client serves one locker, quotas count per worker
        env.put("YIZHAN_DB_FRESH", "1");
        env.put("YIZHAN_SKIP_BUILD", "1");
        env.put("YIZHAN_DEMO_LOAD_STATIONS", "false");
        // no generated past week (ADR 0017): the tests count what they themselves do, at the demo lockers too
        env.put("YIZHAN_DEMO_HISTORY", "false");
        // what notifications the tests cause must arrive within a test, whatever the hour it runs at
        // (production keeps its defaults): unanswered help reaches the manager after 15 s instead of
        // 5 min, the clocks look every 5 s, no quiet hours, a burst of two low ratings counts
        env.put("YIZHAN_VOLUNTEER_HELP_ESCALATE_TO_MANAGER_AFTER", "PT15S");
        env.put("YIZHAN_JOBS_HELP_CLOCK_EVERY", "5s");
        env.put("YIZHAN_JOBS_SHIFT_CLOCK_EVERY", "5s");
        env.put("YIZHAN_NOTIFY_QUIET_START", "00:00");
        env.put("YIZHAN_NOTIFY_QUIET_END", "00:00");
        env.put("YIZHAN_RATING_SATISFACTION_MIN_RATINGS", "2");
        env.put("YIZHAN_KAFKA_PORT", String.valueOf(freePort()));
        env.put("YIZHAN_KAFKA_CONTROLLER_PORT", String.valueOf(freePort()));
        env.put("YIZHAN_KEYCLOAK_PORT", String.valueOf(keycloakPort));
        env.put("YIZHAN_MQTT_PORT", String.valueOf(freePort()));
        env.put("YIZHAN_S3_PORT", String.valueOf(freePort()));
        // the device simulator's devices never jam or drop off here (its faults are BehaviourTest's and
        // DeviceChannelTest's): a browser journey either opens the locker or fails; and they say "alive"
        // often, so a locker registered during the run comes online in seconds
        env.put("YIZHAN_SIMULATOR_JAM_RATE", "0");
        env.put("YIZHAN_SIMULATOR_OFFLINE_RATE", "0");
        env.put("YIZHAN_SIMULATOR_ALIVE_EVERY", "PT10S");
        // a device identity that nothing else binds or plays: LockerJourneyBrowserIT is its controller
        env.put("YIZHAN_MQTT_EXTRA_DEVICES", OWN_DEVICE);
        for (String service : List.of("station", "locker", "rating", "volunteer", "partner")) {
            int port = freePort();
            servicePorts.put(service, port);
            env.put("YIZHAN_" + service.toUpperCase() + "_PORT", String.valueOf(port));
        }
        portalPort = freePort();
        env.put("YIZHAN_PORTAL_PORT", String.valueOf(portalPort));
        // the operations endpoints (/q/health, /q/metrics, /q/openapi) answer on management ports in prod
        for (String part : List.of("station", "locker", "rating", "volunteer", "partner", "portal")) {
            int port = freePort();
            managementPorts.put(part, port);
            env.put("YIZHAN_" + part.toUpperCase() + "_MANAGEMENT_PORT", String.valueOf(port));
        }
    }

    String serviceUrl(String service) {
        return "http://localhost:" + servicePorts.get(service);
    }

    /** Where a service's (or the portal's) /q/health, /q/metrics and /q/openapi answer. */
    String managementUrl(String part) {
        return "http://localhost:" + managementPorts.get(part);
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    /** An access token of a demo user (password grant through the CLI client). */
    String password(String user) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "yizhan-cli", "username", user, "password", "demo"))
                .when().post(keycloakUrl() + "/realms/yizhan/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A broker identity of this stack's own, played by no simulator and bound by no other test. */
    static final String OWN_DEVICE = "e2e-device-1";

    /** The broker's port and a device identity's password, as ./platform made them for this stack (platform.d/mosquitto.sh). */
    int mqttPort() {
        return Integer.parseInt(env.get("YIZHAN_MQTT_PORT"));
    }

    String mqttSecret(String device) throws IOException {
        return Files.readString(Path.of(env.get("YIZHAN_STATE_DIR"), "mosquitto", "secrets", device)).strip();
    }

    String clientCredentials(String client, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret))
                .when().post(keycloakUrl() + "/realms/yizhan/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    void up() throws Exception {
        run(900, "up");
        // later `up`s restart stopped parts: they must find the data the first one made
        env.put("YIZHAN_DB_FRESH", "0");
    }

    void down() throws Exception {
        run(180, "down");
    }

    /** Stops some parts ({@code ./platform stop}); {@link #up()} starts them again. */
    void stop(String... parts) throws Exception {
        String[] command = new String[parts.length + 1];
        command[0] = "stop";
        System.arraycopy(parts, 0, command, 1, parts.length);
        run(120, command);
    }

    /** SIGKILL to a part's whole process group: no shutdown hook, no graceful close. */
    void kill(String part) throws Exception {
        long pid = pid(part);
        Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -KILL -" + pid + " (" + part + ") failed");
        }
    }

    long pid(String part) throws IOException {
        return Long.parseLong(Files.readString(Path.of(env.get("YIZHAN_STATE_DIR"), "run", part + ".pid")).trim());
    }

    /** A JDBC connection to one of the stack's databases as the superuser (trust auth). */
    Connection database(String service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/" + dbPrefix + service, "postgres", "");
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + env.get("YIZHAN_KAFKA_PORT");
    }

    private void run(long timeoutSeconds, String... args) throws Exception {
        String command = args[0];
        Path log = Files.createDirectories(root.resolve("system-tests/target")).resolve("platform-" + command + ".log");
        List<String> commandLine = new ArrayList<>(List.of(root.resolve("platform").toString()));
        commandLine.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("./platform " + command + " did not finish in " + timeoutSeconds + " s; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("./platform " + command + " failed (exit " + process.exitValue() + "):\n"
                    + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
