package io.yizhan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver of bench/signup-bench.sh: a popular shift is released and many volunteers sign up at
 * once. Against a volunteer-service whose OIDC checks tokens with a local public key; this driver
 * signs them with the private key.
 *
 * <pre>SignupRelease token KEY ISSUER SUBJECT ROLE TENANT
 * SignupRelease BASE_URL KEY ISSUER SHIFT_ID VOLUNTEERS CONCURRENCY</pre>
 *
 * Prints one JSON line: requests, confirmed, waitlisted, other, seconds, sign-ups/s, p50/p99 ms.
 */
public final class SignupRelease {

    private SignupRelease() {
    }

    public static void main(String[] args) throws Exception {
        PrivateKey key = BenchTokens.privateKey(Path.of(args[1]));
        if (args[0].equals("token")) {
            System.out.println(BenchTokens.sign(key, args[2], args[3], args[4], args[5], "yizhan-cli"));
            return;
        }
        String base = args[0];
        String issuer = args[2];
        String shift = args[3];
        int volunteers = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < volunteers; i++) {
            tokens.add(BenchTokens.sign(key, issuer, "bench-volunteer-" + shift.substring(0, 8) + "-" + i, "volunteer", "fuzhou", "yizhan-cli"));
        }
        // Profiles first (not timed): a volunteer signs up only with a profile.
        run(http, concurrency, tokens, token -> HttpRequest.newBuilder(URI.create(base + "/api/v1/volunteers/me"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"基准志愿者\",\"kind\":\"VOLUNTEER\"}")).build(),
                new ArrayList<>(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger());

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger waitlisted = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        long start = System.nanoTime();
        run(http, concurrency, tokens, token -> HttpRequest.newBuilder(URI.create(base + "/api/v1/shifts/" + shift + "/signups"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                latencies, confirmed, waitlisted, other);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("{\"requests\":%d,\"confirmed\":%d,\"waitlisted\":%d,\"other\":%d,\"seconds\":%.2f,"
                        + "\"signupsPerSecond\":%.1f,\"p50Ms\":%.1f,\"p99Ms\":%.1f}%n",
                volunteers, confirmed.get(), waitlisted.get(), other.get(), seconds, volunteers / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    interface RequestFor {
        HttpRequest of(String token);
    }

    private static void run(HttpClient http, int concurrency, List<String> tokens, RequestFor request, List<Long> latencies,
                            AtomicInteger confirmed, AtomicInteger waitlisted, AtomicInteger other) throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (String token : tokens) {
            inFlight.acquire();
            long sent = System.nanoTime();
            all.add(http.sendAsync(request.of(token), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latencies.add(System.nanoTime() - sent);
                if (error == null && response.statusCode() / 100 == 2 && response.body().contains("\"CONFIRMED\"")) {
                    confirmed.incrementAndGet();
                } else if (error == null && response.statusCode() / 100 == 2 && response.body().contains("\"WAITLISTED\"")) {
                    waitlisted.incrementAndGet();
                } else {
                    other.incrementAndGet();
                }
                inFlight.release();
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    private static double percentile(List<Long> sortedNanos, double q) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        return sortedNanos.get((int) Math.min(sortedNanos.size() - 1, Math.ceil(q * sortedNanos.size()) - 1)) / 1e6;
    }
}
