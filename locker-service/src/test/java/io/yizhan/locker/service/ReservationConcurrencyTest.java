package io.yizhan.locker.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.locker.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The invariants under a real burst against the real database: nothing promised twice, no quota exceeded. */
@QuarkusTest
@Tag("clock")
class ReservationConcurrencyTest {

    static List<Integer> burst(int requests, java.util.function.IntFunction<String> token, UUID locker, UUID item) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String t = token.apply(i);
            Callable<Integer> call = () -> {
                start.await();
                return given().auth().oauth2(t).contentType(ContentType.JSON)
                        .body(Map.of("lockerId", locker.toString(), "itemId", item.toString()))
                        .when().post("/api/v1/reservations").then().extract().statusCode();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        return statuses;
    }

    @Test
    void twoHundredWorkersRaceForTenItems() throws Exception {
        UUID station = Fixtures.station("fuzhou");
        UUID locker = Fixtures.onlineLocker("fuzhou", station, "locker-" + UUID.randomUUID());
        UUID item = Fixtures.supply("fuzhou", "方便面", Map.of());
        Fixtures.stock(locker, 1, item, 6);
        Fixtures.stock(locker, 2, item, 4);
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<Integer> statuses = burst(200, i -> Fixtures.worker("burst-" + run + "-" + i), locker, item);

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(190);
        assertThat(Fixtures.count("SELECT count(*) FROM reservation WHERE locker_id = $1 AND status = 'RESERVED'", locker)).isEqualTo(10);
        assertThat(Fixtures.count("SELECT sum(held) FROM compartment WHERE locker_id = $1", locker)).isEqualTo(10);
        assertThat(Fixtures.count("SELECT sum(quantity) FROM compartment WHERE locker_id = $1", locker)).isEqualTo(10);
        assertThat(Fixtures.count("SELECT count(*) FROM compartment WHERE quantity < 0 OR held > quantity OR held < 0")).isZero();
        assertThat(Fixtures.count("SELECT count(DISTINCT pickup_code) FROM reservation WHERE locker_id = $1", locker)).isEqualTo(10);
    }

    @Test
    void oneWorkerRacingForAOnePerWeekItemGetsExactlyOne() throws Exception {
        UUID station = Fixtures.station("fuzhou");
        UUID locker = Fixtures.onlineLocker("fuzhou", station, "locker-" + UUID.randomUUID());
        UUID item = Fixtures.supply("fuzhou", "工作手套", Map.of("quotaCount", 1, "quotaDays", 7));
        Fixtures.stock(locker, 1, item, 30);
        String token = Fixtures.worker("greedy-" + UUID.randomUUID());

        List<Integer> statuses = burst(30, i -> token, locker, item);

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(29);
        assertThat(Fixtures.count("SELECT held FROM compartment WHERE locker_id = $1 AND number = 1", locker)).isEqualTo(1);
    }
}
