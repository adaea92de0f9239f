package io.yizhan.locker.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.locker.Fixtures;
import io.yizhan.locker.TestClock;
import jakarta.inject.Inject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo lockers' past week (issue 21): its shape, the stock it took, its backdated events, once only,
 * behind the demo switch, and figures in the statistics.
 */
@QuarkusTest
class DemoHistoryServiceTest {

    @Inject
    DemoLockerService lockers;

    @Inject
    DemoHistoryService history;

    @Inject
    TestClock clock;

    @Test
    void eachDemoLockerGetsOneWeekOfPickupsItsStockAndItsEventsOnce() throws Throwable {
        // Nanping is no other test's city: its stations, lockers and history here are this test's alone
        for (int k = 0; k < 3; k++) {
            Fixtures.station("nanping");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> lockers.loadMissing("nanping", now))).isEqualTo(3);
        long stockBefore = Fixtures.count("SELECT sum(c.quantity) FROM compartment c JOIN locker l ON l.id = c.locker_id"
                + " WHERE l.tenant = 'nanping'");

        // the switch is off in tests (as in production): the scheduled path writes nothing
        assertThat(VertxContextSupport.subscribeAndAwait(() -> history.fillMissing())).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM reservation WHERE tenant = 'nanping'")).isZero();

        assertThat(VertxContextSupport.subscribeAndAwait(() -> history.fillMissing("nanping", now))).isEqualTo(3);

        // 1–3 reservations a day at another city's locker, on each of the 7 days before today, 07:00–22:00
        String perLocker = "SELECT %s(n) FROM (SELECT count(*) AS n FROM reservation r JOIN locker l ON l.id = r.locker_id"
                + " WHERE l.tenant = 'nanping' GROUP BY l.id) x";
        assertThat(Fixtures.count(perLocker.formatted("min"))).isGreaterThanOrEqualTo(7);
        assertThat(Fixtures.count(perLocker.formatted("max"))).isLessThanOrEqualTo(21);
        assertThat(Fixtures.count("SELECT count(DISTINCT (created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM reservation"
                + " WHERE tenant = 'nanping'")).isEqualTo(7);
        assertThat(Fixtures.text("SELECT min((created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM reservation WHERE tenant = 'nanping'"))
                .isEqualTo(today.minusDays(7).toString());
        assertThat(Fixtures.text("SELECT max((created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM reservation WHERE tenant = 'nanping'"))
                .isEqualTo(today.minusDays(1).toString());
        assertThat(Fixtures.count("SELECT count(*) FROM reservation WHERE tenant = 'nanping' AND (closed_at > $1"
                + " OR extract(hour FROM created_at AT TIME ZONE 'Asia/Shanghai') NOT BETWEEN 7 AND 21)", now)).isZero();
        // most picked up within the hour, a few left to expire, nothing still live
        long total = Fixtures.count("SELECT count(*) FROM reservation WHERE tenant = 'nanping'");
        long picked = Fixtures.count("SELECT count(*) FROM reservation WHERE tenant = 'nanping' AND status = 'PICKED_UP'"
                + " AND picked_up_at BETWEEN created_at AND created_at + interval '1 hour'");
        long expired = Fixtures.count("SELECT count(*) FROM reservation WHERE tenant = 'nanping' AND status = 'EXPIRED'"
                + " AND picked_up_at IS NULL AND closed_at = expires_at");
        assertThat(picked + expired).isEqualTo(total);
        assertThat(picked).isGreaterThan(total * 3 / 4);

        // stock = what was loaded − what was dispatched
        long stockAfter = Fixtures.count("SELECT sum(c.quantity) FROM compartment c JOIN locker l ON l.id = c.locker_id"
                + " WHERE l.tenant = 'nanping'");
        assertThat(stockAfter).isEqualTo(stockBefore - picked);
        assertThat(Fixtures.count("SELECT count(*) FROM compartment c JOIN locker l ON l.id = c.locker_id"
                + " WHERE l.tenant = 'nanping' AND c.quantity < 0")).isZero();

        // one normal event per reservation, stamped (time and payload) when it happened
        assertThat(Fixtures.count("SELECT count(*) FROM outbox_event WHERE tenant = 'nanping' AND event_type = 'yizhan.locker.item-picked-up'"
                + " AND (envelope->'data'->>'pickedUpAt')::timestamptz < $1 AND created_at < $1"
                + " AND (envelope->>'time')::timestamptz = (envelope->'data'->>'pickedUpAt')::timestamptz", now)).isEqualTo(picked);
        assertThat(Fixtures.count("SELECT count(*) FROM outbox_event WHERE tenant = 'nanping'"
                + " AND event_type = 'yizhan.locker.reservation-expired'")).isEqualTo(expired);

        // a second start adds nothing
        assertThat(VertxContextSupport.subscribeAndAwait(() -> history.fillMissing("nanping", now))).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM reservation WHERE tenant = 'nanping'")).isEqualTo(total);
        assertThat(Fixtures.count("SELECT count(*) FROM outbox_event WHERE tenant = 'nanping'"
                + " AND event_type IN ('yizhan.locker.item-picked-up', 'yizhan.locker.reservation-expired')")).isEqualTo(total);

        // the statistics show the week: dispatches, their value, expiries, the value stocked per locker and month
        RestAssured.given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/lockers/stats?tenant=nanping&groupBy=locker&from={f}&to={t}", today.minusDays(29).toString(),
                        today.toString())
                .then().statusCode(200)
                .body("groups.size()", Matchers.equalTo(3))
                .body("groups.dispatches", Matchers.everyItem(Matchers.greaterThan(0)))
                .body("total.dispatches", Matchers.equalTo((int) picked))
                .body("total.expired", Matchers.equalTo((int) expired))
                .body("total.valueFen", Matchers.greaterThan(0))
                .body("total.stockedFenPerLockerMonth", Matchers.greaterThan(100_000));
    }
}
