package io.yizhan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver of bench/locker-bench.sh: a morning-peak burst of reservations, many workers and few
 * items, against a running locker-service whose OIDC verifies tokens with a local public key
 * ({@code quarkus.oidc.public-key}). One request per worker token of TOKENS_FILE ({@code BenchTokens workers},
 * signed beforehand with the matching private key).
 *
 * <pre>ReservationBurst BASE_URL TOKENS_FILE LOCKER_IDS(comma) ITEM_IDS(comma) CONCURRENCY RUN</pre>
 *
 * Prints one JSON line: requests, 201s, 409s, other statuses, seconds, requests/s, reservations/s,
 * latency p50/p90/p99 ms.
 */
public final class ReservationBurst {

    private ReservationBurst() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        String[] lockers = args[2].split(",");
        String[] items = args[3].split(",");
        int concurrency = Integer.parseInt(args[4]);
        String run = args[5];
        int requests = tokens.size();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        // warm-up: a few GETs so that the first requests do not pay JIT and pool start-up
        for (int i = 0; i < 50; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reservations/mine"))
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size())).GET().build(), HttpResponse.BodyHandlers.discarding());
        }

        Semaphore inFlight = new Semaphore(concurrency);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
        List<CompletableFuture<?>> all = new ArrayList<>(requests);
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            inFlight.acquire();
            String locker = lockers[i % lockers.length];
            String item = items[(i / lockers.length) % items.length];
            String body = "{\"lockerId\":\"" + locker + "\",\"itemId\":\"" + item + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reservations"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(i)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sent = System.nanoTime();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                latencies.add(System.nanoTime() - sent);
                int status = error != null ? -1 : response.statusCode();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                inFlight.release();
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int created = statuses.getOrDefault(201, new AtomicInteger()).get();
        int refused = statuses.getOrDefault(409, new AtomicInteger()).get();
        int other = requests - created - refused;
        System.out.printf(java.util.Locale.ROOT,
                "{\"run\":\"%s\",\"requests\":%d,\"concurrency\":%d,\"created\":%d,\"refused409\":%d,\"other\":%d,\"statuses\":\"%s\","
                        + "\"seconds\":%.2f,\"requestsPerSecond\":%.1f,\"reservationsPerSecond\":%.1f,\"p50ms\":%.1f,\"p90ms\":%.1f,\"p99ms\":%.1f}%n",
                run, requests, concurrency, created, refused, other, statuses, seconds, requests / seconds, created / seconds,
                pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99));
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1e6;
    }
}
