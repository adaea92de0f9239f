package io.yizhan.locker.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Behaves like a smart locker's controller, through the public HTTP API only: heartbeats, code
 * entry on the keypad, opening the compartment, confirming the dispense, and now and then a jammed
 * door reported as a failure. Used by the end-to-end test; runnable on its own against a running
 * service:
 *
 * <pre>
 * java -cp locker-service/target/test-classes:$(cat cp.txt) io.yizhan.locker.simulator.LockerSimulator \
 *     http://localhost:8082 LOCKER_ID "$(./platform token device-demo)" 123456
 * </pre>
 */
public class LockerSimulator implements AutoCloseable {

    /** What happened at the locker for one code. */
    public record Outcome(int status, String transactionId, Integer compartmentNumber, boolean dispensed, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final UUID lockerId;
    private final Supplier<String> token;
    private final double failureRate;
    private final Random random;
    private ScheduledExecutorService heartbeats;

    public LockerSimulator(String baseUrl, UUID lockerId, Supplier<String> token, double failureRate, long seed) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.lockerId = lockerId;
        this.token = token;
        this.failureRate = failureRate;
        this.random = new Random(seed);
    }

    public int heartbeat() {
        return post("/api/v1/lockers/" + lockerId + "/heartbeat", null).statusCode();
    }

    /** Sends a heartbeat now and then every {@code period} until closed. */
    public void startHeartbeats(Duration period) {
        heartbeats = Executors.newSingleThreadScheduledExecutor();
        heartbeats.scheduleAtFixedRate(this::heartbeat, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A worker types the code: open the compartment, then confirm — or report a jam, as real doors sometimes do. */
    public Outcome pickUp(String code) {
        HttpResponse<String> opened = post("/api/v1/lockers/" + lockerId + "/pickups", "{\"code\":\"" + code + "\"}");
        if (opened.statusCode() != 200) {
            return new Outcome(opened.statusCode(), null, null, false, opened.body());
        }
        JsonNode answer = read(opened.body());
        String tx = answer.path("transactionId").asText();
        int compartment = answer.path("compartmentNumber").asInt();
        boolean jammed = random.nextDouble() < failureRate;
        String path = "/api/v1/lockers/" + lockerId + "/pickups/" + tx + (jammed ? "/failure" : "/confirm");
        HttpResponse<String> done = post(path, jammed ? "{\"reason\":\"格口门未弹开 / door did not open\"}" : "{}");
        if (!jammed && random.nextDouble() < 0.3) {
            post(path, "{}");   // a flaky network: the device repeats its confirmation; it must not dispense twice
        }
        return new Outcome(done.statusCode(), tx, compartment, !jammed && done.statusCode() == 200, done.body());
    }

    private HttpResponse<String> post(String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token.get());
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("locker " + lockerId + " cannot reach " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable answer: " + body, e);
        }
    }

    @Override
    public void close() {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
    }

    /** {@code LockerSimulator BASE_URL LOCKER_ID DEVICE_TOKEN [CODE...]}: one heartbeat, then each code picked up. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: LockerSimulator BASE_URL LOCKER_ID DEVICE_TOKEN [CODE...]");
            System.exit(2);
        }
        try (LockerSimulator locker = new LockerSimulator(args[0], UUID.fromString(args[1]), () -> args[2], 0.1, System.nanoTime())) {
            System.out.println("heartbeat → " + locker.heartbeat());
            for (int i = 3; i < args.length; i++) {
                System.out.println(args[i] + " → " + locker.pickUp(args[i]));
            }
        }
    }
}
