package io.yizhan.locker.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.yizhan.locker.Fixtures;
import io.yizhan.locker.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo province's lockers: as many as the city gets, 18 compartments, over ¥1,000 stocked a month, loaded once. */
@QuarkusTest
class DemoLockerServiceTest {

    @Inject
    DemoLockerService demo;

    @Inject
    TestClock clock;

    @Test
    void aCityGetsItsLockersAsItsStationsArriveAndLoadingAgainAddsNothing() throws Throwable {
        // Pingtan is no other test's city: its stations and lockers here are this test's alone
        Fixtures.station("pingtan");
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> demo.loadMissing("pingtan", now))).isEqualTo(1);
        Fixtures.station("pingtan");
        Fixtures.station("pingtan");
        Fixtures.station("pingtan");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> demo.loadMissing("pingtan", now))).isEqualTo(2);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> demo.loadMissing("pingtan", now))).isZero();
        assertThat(demo.target("pingtan")).isEqualTo(3);
        assertThat(demo.target("fuzhou")).isEqualTo(39);

        assertThat(Fixtures.count("SELECT count(*) FROM locker WHERE tenant = 'pingtan'")).isEqualTo(3);
        assertThat(Fixtures.count("SELECT count(DISTINCT station_id) FROM locker WHERE tenant = 'pingtan'")).isEqualTo(3);
        assertThat(Fixtures.count("SELECT min(compartment_count) FROM locker WHERE tenant = 'pingtan'")).isEqualTo(18);
        assertThat(Fixtures.count("SELECT count(*) FROM compartment c JOIN locker l ON l.id = c.locker_id WHERE l.tenant = 'pingtan'"))
                .isEqualTo(54);
        assertThat(Fixtures.text("SELECT min(device_client_id) FROM locker WHERE tenant = 'pingtan'")).isEqualTo("demo-locker-pingtan-01");
        // a week's plan is worth over ¥250, so four weeks over ¥1,000 for every locker
        long weekly = Fixtures.count("SELECT min(v) FROM (SELECT sum(p.target_quantity * s.unit_value_fen) AS v FROM restock_plan_line p"
                + " JOIN supply s ON s.id = p.item_id JOIN locker l ON l.id = p.locker_id WHERE l.tenant = 'pingtan' GROUP BY l.id) x");
        assertThat(weekly * 4).isGreaterThan(100_000);
        long stocked = Fixtures.count("SELECT min(v) FROM (SELECT sum(o.value_fen) AS v FROM restock_operation o"
                + " WHERE o.tenant = 'pingtan' AND o.created_at > $1 GROUP BY o.locker_id) x", now.minusDays(30));
        assertThat(stocked).isGreaterThan(100_000);
        assertThat(Fixtures.count("SELECT count(*) FROM supply WHERE tenant = 'pingtan'")).isEqualTo(9);

        // the statistics report the value stocked per locker per month beside dispatches
        java.time.LocalDate today = now.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        io.restassured.RestAssured.given().auth().oauth2(io.yizhan.common.testing.TestTokens.provinceAdmin())
                .when().get("/api/v1/lockers/stats?tenant=pingtan&groupBy=locker&from={f}&to={t}", today.minusDays(29).toString(), today.toString())
                .then().statusCode(200)
                .body("groups.size()", org.hamcrest.Matchers.equalTo(3))
                .body("groups.stockedFenPerLockerMonth", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThan(100_000)))
                .body("total.lockersStocked", org.hamcrest.Matchers.equalTo(3))
                .body("total.stockedFen", org.hamcrest.Matchers.greaterThan(300_000))
                .body("total.dispatches", org.hamcrest.Matchers.equalTo(0));
    }
}
