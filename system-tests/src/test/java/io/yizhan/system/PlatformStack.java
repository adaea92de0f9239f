package io.yizhan.system;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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
    final int portalPort;

    PlatformStack() throws IOException {
        root = Path.of(System.getProperty("yizhan.root", "..")).toAbsolutePath().normalize();
        keycloakPort = freePort();
        env.put("YIZHAN_STATE_DIR", root.resolve(".platform-e2e").toString());
        // one set of databases per checkout: worktrees of other branches (other migrations) share the server
        env.put("YIZHAN_DB_PREFIX", "e2e_" + Integer.toHexString(root.toString().hashCode() & 0xffffff) + "_");
        // every run starts from empty databases: a device client serves one locker, quotas count per worker
        env.put("YIZHAN_DB_FRESH", "1");
        env.put("YIZHAN_SKIP_BUILD", "1");
        env.put("YIZHAN_DEMO_LOAD_STATIONS", "false");
        env.put("YIZHAN_KAFKA_PORT", String.valueOf(freePort()));
        env.put("YIZHAN_KAFKA_CONTROLLER_PORT", String.valueOf(freePort()));
        env.put("YIZHAN_KEYCLOAK_PORT", String.valueOf(keycloakPort));
        for (String service : List.of("station", "locker", "rating", "volunteer", "partner")) {
            int port = freePort();
            servicePorts.put(service, port);
            env.put("YIZHAN_" + service.toUpperCase() + "_PORT", String.valueOf(port));
        }
        portalPort = freePort();
        env.put("YIZHAN_PORTAL_PORT", String.valueOf(portalPort));
    }

    String serviceUrl(String service) {
        return "http://localhost:" + servicePorts.get(service);
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

    String clientCredentials(String client, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret))
                .when().post(keycloakUrl() + "/realms/yizhan/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    void up() throws Exception {
        run("up", 900);
    }

    void down() throws Exception {
        run("down", 180);
    }

    private void run(String command, long timeoutSeconds) throws Exception {
        Path log = Files.createDirectories(root.resolve("system-tests/target")).resolve("platform-" + command + ".log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("platform").toString(), command)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
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
