package io.yizhan.volunteer.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.volunteer.TestClock;
import io.yizhan.volunteer.demo.repository.DemoHistoryRepository.PastShift;
import io.yizhan.volunteer.demo.repository.DemoHistoryRepository.Week;
import jakarta.inject.Inject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.common.testing.DemoHistoryFixture.count;
import static io.yizhan.common.testing.DemoHistoryFixture.openStations;
import static io.yizhan.common.testing.DemoHistoryFixture.sql;
import static io.yizhan.common.testing.DemoHistoryFixture.stationDay;
import static io.yizhan.common.testing.DemoHistoryFixture.stationIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo province's past week of duty (issue 21): its shape on Fuzhou's scale, deterministic; written once
 * with its backdated check-in events, behind the demo switch; and figures in the volunteers' tallies.
 */
@QuarkusTest
class DemoHistoryServiceTest {

    @Inject
    DemoHistoryService history;

    @Inject
    TestClock clock;

    @Test
    void aTenthOfFuzhouHasAButlerEveryDayMostCheckInSameEveryTime() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = stationDay(now);
        List<UUID> fuzhou = stationIds("demo-fuzhou-", 1122);
        Week week = history.week("fuzhou", fuzhou, now);
        assertThat(history.week("fuzhou", fuzhou, now)).isEqualTo(week);
        assertThat(week.stations()).isBetween(80, 150);
        assertThat(week.volunteers()).hasSize(40);
        // one shift a day at each staffed station, on the 7 days before today, with 1–2 of the city's volunteers
        assertThat(week.shifts()).hasSize(week.stations() * 7);
        assertThat(week.shifts()).allMatch(s -> s.endsAt().isBefore(now)
                && !stationDay(s.startsAt()).isBefore(today.minusDays(7)));
        assertThat(week.shifts().stream().mapToInt(PastShift::confirmed).sum()).isEqualTo(week.signups().size());
        long checkedIn = week.signups().stream().filter(g -> g.checkedInAt() != null).count();
        assertThat(checkedIn).isGreaterThan(week.signups().size() * 9L / 10);
        assertThat(week.signups()).allMatch(g -> g.checkedInAt() == null
                ? "NO_SHOW".equals(g.status()) : g.checkedOutAt().isAfter(g.checkedInAt()) && "CONFIRMED".equals(g.status()));
        // events: a check-in and a check-out per volunteer who came; a few thousand at most for the city
        assertThat(week.events()).hasSize((int) checkedIn * 2);
        assertThat(week.events().size()).isBetween(1000, 5000);
    }

    @Test
    void writtenOnceWithBackdatedEventsBehindTheSwitchAndTheTalliesShowThem() throws Throwable {
        // Putian is no other test's city; its history is removed at the end so the province's tallies stay other tests'
        List<UUID> putian = stationIds("volunteer-history-test-putian-", 400);
        openStations("putian", putian);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            // the switch is off in tests (as in production): the scheduled path writes nothing
            assertThat(VertxContextSupport.subscribeAndAwait(() -> history.fillMissing())).isZero();
            assertThat(count("SELECT count(*) FROM shift WHERE tenant = 'putian'")).isZero();

            Week expected = history.week("putian", putian.stream().sorted().toList(), now);
            int staffed = VertxContextSupport.subscribeAndAwait(() -> history.fillMissing("putian", now));
            assertThat(staffed).isEqualTo(expected.stations()).isBetween(1, 15);
            assertThat(count("SELECT count(*) FROM shift WHERE tenant = 'putian'")).isEqualTo(staffed * 7L);
            long checkedIn = count("SELECT count(*) FROM signup g JOIN shift s ON s.id = g.shift_id WHERE s.tenant = 'putian'"
                    + " AND g.checked_in_at IS NOT NULL");
            assertThat(checkedIn).isEqualTo(expected.signups().stream().filter(g -> g.checkedInAt() != null).count());
            assertThat(count("SELECT count(*) FROM outbox_event WHERE tenant = 'putian' AND event_type = 'yizhan.volunteer.checked-in'"
                    + " AND (envelope->>'time')::timestamptz = (envelope->'data'->>'at')::timestamptz"
                    + " AND (envelope->'data'->>'at')::timestamptz < '" + now + "'::timestamptz")).isEqualTo(checkedIn);

            // a second start adds nothing
            assertThat(VertxContextSupport.subscribeAndAwait(() -> history.fillMissing("putian", now))).isZero();
            assertThat(count("SELECT count(*) FROM shift WHERE tenant = 'putian'")).isEqualTo(staffed * 7L);
            assertThat(count("SELECT count(*) FROM outbox_event WHERE tenant = 'putian'")).isEqualTo(checkedIn * 2);

            // the city's tallies show the person-times of the year the week ended in
            int year = stationDay(now).minusDays(1).getYear();
            long inYear = expected.signups().stream().filter(g -> g.checkedInAt() != null
                    && stationDay(g.startsAt()).getYear() == year).count();
            given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().get("/api/v1/volunteers/tallies?tenant=putian&year={y}", year).then().statusCode(200)
                    .body("total.personTimes", Matchers.equalTo((int) inYear))
                    .body("total.hours", Matchers.greaterThan(0f));
        } finally {
            sql("DELETE FROM signup WHERE shift_id IN (SELECT id FROM shift WHERE tenant = 'putian')");
            sql("DELETE FROM shift WHERE tenant = 'putian'");
            sql("DELETE FROM volunteer WHERE tenant = 'putian'");
            sql("DELETE FROM outbox_event WHERE tenant = 'putian'");
            sql("UPDATE station_replica SET status = 'CLOSED' WHERE tenant = 'putian'");
        }
    }

}
