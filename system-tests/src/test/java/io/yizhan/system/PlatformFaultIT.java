package io.yizhan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The fault suite ({@code ./platform faults}, nightly): a stack of its own with an embedded PostgreSQL,
 * broken on purpose while it works, then counted. Kafka stopped for a minute under writes, locker-service
 * SIGKILLed in a reservation burst, PostgreSQL restarted, Keycloak stopped. Figures are printed and written
 * to system-tests/target/faults/faults-report.json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFaultIT {

    static final List<String> SERVICES = List.of("station", "locker", "rating", "volunteer", "partner");
    static final List<String> STATION_CONSUMERS = List.of("locker", "rating", "volunteer", "partner");
    static final Duration KAFKA_OUTAGE = Duration.ofSeconds(Long.getLong("yizhan.faults.kafka-outage-seconds", 60));

    PlatformStack stack;
    StackDatabase db;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
    long started;

    @BeforeAll
    void start() throws Exception {
        started = System.nanoTime();
        stack = new PlatformStack("faults", true);
        stack.up();
        db = new StackDatabase(stack);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("finishedAt", java.time.OffsetDateTime.now().toString());
            report.put("seconds", (System.nanoTime() - started) / 1_000_000_000L);
            report.put("faults", figures);
            Path dir = Files.createDirectories(stack.root.resolve("system-tests/target/faults"));
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("faults-report.json").toFile(), report);
            figures.forEach((fault, f) -> System.out.println("[figures] fault " + fault + ": " + f));
            System.out.printf("[figures] fault suite: %d faults injected and survived, report in %s%n", figures.size(),
                    stack.root.relativize(dir.resolve("faults-report.json")));
        } finally {
            stack.down();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void kafkaStoppedForAMinuteLosesNoEventAndAppliesNoneTwice() throws Exception {
        String admin = stack.password("fuzhou-admin");
        stack.stop("kafka");
        long t0 = System.nanoTime();
        List<UUID> stations = new ArrayList<>();
        int refused = 0;
        for (int i = 0; System.nanoTime() - t0 < KAFKA_OUTAGE.toNanos(); i++) {
            HttpResponse<String> response = post(stack.serviceUrl("station") + "/api/v1/stations", admin,
                    "{\"name\":\"断网演练驿站 " + i + "\",\"address\":\"福州市鼓楼区五四路 " + i + " 号\",\"district\":\"鼓楼区\","
                            + "\"lat\":26.09,\"lon\":119.30,\"type\":\"STANDALONE\"}");
            if (response.statusCode() == 201) {
                stations.add(UUID.fromString(new ObjectMapper().readTree(response.body()).get("id").asText()));
            } else {
                refused++;
            }
            Thread.sleep(1000);
        }
        // the services kept taking writes without their broker
        assertThat(refused).as("registrations refused while Kafka was down").isZero();
        assertThat(stations).hasSizeGreaterThanOrEqualTo((int) (KAFKA_OUTAGE.toSeconds() / 3));

        stack.up();
        long back = System.nanoTime();
        Set<UUID> events = db.ids("station", "select id from outbox_event where subject = any(?)",
                stations.stream().map(UUID::toString).toList());
        assertThat(events).as("one event per registration in station-service's outbox").hasSize(stations.size());
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(db.count("station",
                "select count(*) from outbox_event where id = any(?) and published_at is null", events)).isZero());
        Map<String, Object> applied = new LinkedHashMap<>();
        for (String consumer : STATION_CONSUMERS) {
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                assertThat(db.count(consumer, "select count(distinct event_id) from processed_event where event_id = any(?)", events))
                        .as("%s applied every event once", consumer).isEqualTo(events.size());
                assertThat(db.count(consumer, "select count(*) from station_replica where id = any(?)", new HashSet<>(stations)))
                        .as("%s's replica has every station", consumer).isEqualTo(stations.size());
            });
            applied.put(consumer, db.count(consumer, "select count(distinct event_id) from processed_event where event_id = any(?)", events));
        }
        Set<String> keys = new HashSet<>();
        stations.forEach(id -> keys.add(id.toString()));
        ObjectMapper json = new ObjectMapper();
        List<String> onTopic = new ArrayList<>();
        for (var r : new StackTopics(stack).readAll("station-events")) {
            if (keys.contains(r.key())) {
                onTopic.add(json.readTree(r.value()).get("id").asText());
            }
        }
        assertThat(new HashSet<>(onTopic)).as("distinct events on the topic").hasSize(events.size());
        // at-least-once, but not a copy per relay run of the outage (the producer gives up before the relay does)
        assertThat(onTopic.size()).as("records on the topic for %d events", events.size()).isLessThanOrEqualTo(2 * events.size());

        figures.put("kafka-outage", new LinkedHashMap<>(Map.of(
                "outageSeconds", KAFKA_OUTAGE.toSeconds(),
                "writesAcceptedDuringOutage", stations.size(),
                "writesRefused", refused,
                "eventsIn", events.size(),
                "recordsOnTopic", onTopic.size(),
                "distinctEventsOnTopic", new HashSet<>(onTopic).size(),
                "appliedPerConsumer", applied,
                "secondsUntilAllApplied", (System.nanoTime() - back) / 1_000_000_000L)));
    }

    @Test
    @Order(2)
    void lockerServiceKilledInAReservationBurstPromisesNoItemTwice() throws Exception {
        String admin = stack.password("fuzhou-admin");
        UUID station = openStation(admin, "抢购演练驿站");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(stack.serviceUrl("locker") + "/api/v1/lockers/stations/" + station)
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        String locker = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station, "name", "演练柜", "deviceClientId", "device-demo", "compartments", 4))
                .when().post(stack.serviceUrl("locker") + "/api/v1/lockers").then().statusCode(201).extract().path("id");
        String item = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "暖宝宝", "unitValueFen", 300, "quotaCount", 100, "quotaDays", 1))
                .when().post(stack.serviceUrl("locker") + "/api/v1/supplies").then().statusCode(201).extract().path("id");
        int stock = 30;
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("compartmentNumber", 1, "itemId", item, "added", stock))))
                .when().post(stack.serviceUrl("locker") + "/api/v1/lockers/" + locker + "/restocks").then().statusCode(201);
        String device = stack.clientCredentials("device-demo", "device-demo-secret");
        given().auth().oauth2(device).when().post(stack.serviceUrl("locker") + "/api/v1/lockers/" + locker + "/heartbeat")
                .then().statusCode(200);

        List<String> workers = List.of(stack.password("worker1"), stack.password("worker2"));
        int requests = 240;
        String body = "{\"lockerId\":\"" + locker + "\",\"itemId\":\"" + item + "\"}";
        Set<UUID> promised = ConcurrentHashMap.newKeySet();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        CountDownLatch firstAnswers = new CountDownLatch(12);
        ExecutorService pool = burst(workers, requests, body, promised, outcomes, firstAnswers);
        assertThat(firstAnswers.await(60, TimeUnit.SECONDS)).as("the burst got its first answers").isTrue();
        long killedPid = stack.pid("locker");
        stack.kill("locker");
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.keySet()).as("outcomes of the burst").doesNotContain("500", "502", "503");

        stack.up();
        assertThat(stack.pid("locker")).as("locker-service was started again").isNotEqualTo(killedPid);
        // the workers whose requests failed try again: the rest of the stock goes, and not one unit more
        given().auth().oauth2(device).when().post(stack.serviceUrl("locker") + "/api/v1/lockers/" + locker + "/heartbeat")
                .then().statusCode(200);
        int retries = outcomes.getOrDefault("connection-failed", new AtomicInteger()).get();
        Map<String, AtomicInteger> retried = new ConcurrentHashMap<>();
        ExecutorService again = burst(workers, retries, body, promised, retried, new CountDownLatch(0));
        again.shutdown();
        assertThat(again.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        assertThat(retried.keySet()).as("outcomes of the retries").doesNotContain("500", "502", "503", "connection-failed");
        String reservations = "select id from reservation where item_id = ?::uuid";
        Set<UUID> held = db.ids("locker", reservations + " and status in ('RESERVED', 'OPENING')", item);
        Set<UUID> all = db.ids("locker", reservations, item);
        long heldInCompartment = db.count("locker",
                "select held from compartment where item_id = ?::uuid", item);
        long quantity = db.count("locker", "select quantity from compartment where item_id = ?::uuid", item);
        assertThat(all).as("every reservation a worker was told about exists").containsAll(promised);
        assertThat(all.size()).as("never more reservations than units").isLessThanOrEqualTo(stock);
        assertThat(all.size()).as("demand (%d) far above stock: every unit reserved, once", requests).isEqualTo(stock);
        assertThat(heldInCompartment).as("the compartment holds exactly the live reservations").isEqualTo(held.size());
        assertThat(quantity).as("units in the compartment").isEqualTo(stock);
        // each reservation's event was written with it and reaches the broker after the restart
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(db.count("locker",
                "select count(*) from outbox_event where event_type = 'yizhan.locker.item-reserved' and published_at is not null "
                        + "and (envelope -> 'data' ->> 'itemId') = ?", item)).isEqualTo(all.size()));

        Map<String, Object> f = new LinkedHashMap<>();
        f.put("requests", requests);
        f.put("outcomes", new HashMap<>(outcomes));
        f.put("retriedAfterRestart", retries);
        f.put("retryOutcomes", new HashMap<>(retried));
        f.put("unitsInStock", stock);
        f.put("reservationsConfirmedToWorkers", promised.size());
        f.put("reservationsInDatabase", all.size());
        f.put("heldByCompartment", heldInCompartment);
        f.put("reservationsOverStock", all.size() - stock);
        f.put("eventsPublished", all.size());
        figures.put("sigkill-reservation-burst", f);
    }

    @Test
    @Order(3)
    void postgresqlRestartMakesServicesNotReadyAndTheyRecoverOnTheirOwn() throws Exception {
        Map<String, Long> pids = new HashMap<>();
        for (String s : SERVICES) {
            pids.put(s, stack.pid(s));
        }
        stack.stop("postgres");
        long down = System.nanoTime();
        for (String s : SERVICES) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(readiness(s)).as("%s reports not ready without its database", s).isEqualTo(503));
        }
        long notReadyAfter = (System.nanoTime() - down) / 1_000_000;
        stack.up();
        long back = System.nanoTime();
        int restarted = 0;
        for (String s : SERVICES) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(readiness(s)).as("%s ready again", s).isEqualTo(200));
            restarted += stack.pid(s) == pids.get(s) ? 0 : 1;
        }
        assertThat(restarted).as("services that needed a restart of their own to recover").isZero();
        long recovered = (System.nanoTime() - back) / 1_000_000;
        String admin = stack.password("fuzhou-admin");
        UUID station = openStation(admin, "重启演练驿站");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(stack.serviceUrl("volunteer") + "/api/v1/volunteers/stations/" + station)
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        figures.put("postgresql-restart", new LinkedHashMap<>(Map.of(
                "servicesNotReadyWithin_ms", notReadyAfter,
                "servicesReadyAgainWithin_ms", recovered,
                "servicesRestarted", restarted,
                "writeAfterRecovery", "ok")));
    }

    @Test
    @Order(4)
    void keycloakDownValidTokensStillWorkAndLoginsSaySo() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String province = stack.password("province-admin");
        String worker = stack.password("worker1");
        stack.stop("keycloak");
        // tokens issued before the stop, checked with the keys each service cached
        Map<String, String> reads = Map.of(
                "station", "/api/v1/stations",
                "locker", "/api/v1/supplies",
                "rating", "/api/v1/suggestions",
                "volunteer", "/api/v1/shifts",
                "partner", "/api/v1/partner/partners");
        int served = 0;
        for (String s : SERVICES) {
            given().auth().oauth2("partner".equals(s) ? province : admin).when().get(stack.serviceUrl(s) + reads.get(s))
                    .then().statusCode(200);
            served++;
        }
        given().auth().oauth2(worker).when().get(stack.serviceUrl("station") + "/api/v1/stations/nearby?lat=26.09&lon=119.30")
                .then().statusCode(200);
        served++;
        UUID station = openStation(admin, "认证中断演练驿站");
        served += 2;
        assertThatThrownBy(() -> stack.password("worker2")).as("no login while Keycloak is down");
        BrowserScenario.run(stack, "login-unavailable", Map.of());

        stack.up();
        String again = stack.password("worker2");
        given().auth().oauth2(again).when().get(stack.serviceUrl("station") + "/api/v1/stations/" + station).then().statusCode(200);
        figures.put("keycloak-down", new LinkedHashMap<>(Map.of(
                "requestsServedWithCachedKeys", served,
                "loginWhileDown", "refused; the portal shows 登录服务暂时不可用",
                "loginAfterReturn", "ok")));
    }

    // ---------------------------------------------------------------------------------------------

    private UUID openStation(String admin, String name) {
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "address", "福州市台江区工业路 9 号", "district", "台江区",
                        "lat", 26.06, "lon", 119.30, "type", "STANDALONE"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations/" + id + "/status").then().statusCode(200);
        return UUID.fromString(id);
    }

    /** Reservation requests from the workers in turn, 16 in flight; each answer counted by outcome. */
    private ExecutorService burst(List<String> workers, int requests, String body, Set<UUID> promised,
                                  Map<String, AtomicInteger> outcomes, CountDownLatch answered) {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (int i = 0; i < requests; i++) {
            String token = workers.get(i % workers.size());
            pool.submit(() -> {
                String outcome;
                try {
                    HttpResponse<String> r = post(stack.serviceUrl("locker") + "/api/v1/reservations", token, body);
                    outcome = String.valueOf(r.statusCode());
                    if (r.statusCode() == 201) {
                        promised.add(UUID.fromString(new ObjectMapper().readTree(r.body()).get("id").asText()));
                    }
                } catch (IOException e) {
                    outcome = "connection-failed";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcome = "interrupted";
                }
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                answered.countDown();
            });
        }
        return pool;
    }

    private HttpResponse<String> post(String url, String token, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int readiness(String service) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(stack.managementUrl(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
