package io.yizhan.rating.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.rating.TestClock;
import io.yizhan.rating.demo.repository.DemoHistoryRepository.Past;
import io.yizhan.rating.demo.repository.DemoHistoryRepository.Week;
import jakarta.inject.Inject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static io.yizhan.common.testing.DemoHistoryFixture.count;
import static io.yizhan.common.testing.DemoHistoryFixture.openStations;
import static io.yizhan.common.testing.DemoHistoryFixture.sql;
import static io.yizhan.common.testing.DemoHistoryFixture.stationDay;
import static io.yizhan.common.testing.DemoHistoryFixture.stationIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo province's past week of ratings (issue 21): its shape on Fuzhou's scale, deterministic; written
 * once with its backdated events, behind the demo switch; and figures in the satisfaction report.
 */
@QuarkusTest
class DemoHistoryServiceTest {

    @Inject
    DemoHistoryService history;

    @Inject
    TestClock clock;

    @Test
    void fuzhouGetsAThirdOfItsStationsRatedMostlyWellAndAFewLowSameEveryTime() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = stationDay(now);
        // Fuzhou's serving demo stations: 1,122
        List<UUID> fuzhou = stationIds("demo-fuzhou-", 1122);
        Week week = history.week("fuzhou", fuzhou, now);
        assertThat(history.week("fuzhou", fuzhou, now)).isEqualTo(week);
        assertThat(week.stations()).isBetween(280, 400);
        assertThat(week.events()).hasSameSizeAs(week.ratings());
        Map<UUID, List<Past>> byStation = week.ratings().stream().collect(Collectors.groupingBy(Past::stationId));
        assertThat(byStation).hasSize(week.stations());
        // low: a dozen logged-in workers average under 3.5; good: 1–6 ratings averaging well
        List<List<Past>> low = byStation.values().stream().filter(r -> r.size() >= 12).toList();
        assertThat(low).hasSizeBetween(2, 15);
        low.forEach(r -> {
            assertThat(r).allMatch(p -> p.author() != null);
            assertThat(r.stream().mapToInt(Past::score).average().orElseThrow()).isLessThan(3.5);
        });
        List<Past> good = byStation.values().stream().filter(r -> r.size() <= 6).flatMap(List::stream).toList();
        assertThat(good.size() + low.stream().mapToInt(List::size).sum()).isEqualTo(week.ratings().size());
        assertThat(good.stream().mapToInt(Past::score).average().orElseThrow()).isBetween(4.0, 4.8);
        long anonymous = good.stream().filter(p -> p.author() == null).count();
        assertThat(anonymous).isBetween(good.size() / 20L, good.size() / 5L);
        assertThat(week.ratings()).allMatch(p -> "QR".equals(p.source()) == (p.author() == null));
        // a station's raters are distinct (no rating replaces another), all on the 7 days before today, 07:00–22:00
        byStation.values().forEach(r -> assertThat(r.stream().map(Past::author).filter(a -> a != null).distinct().count())
                .isEqualTo(r.stream().filter(p -> p.author() != null).count()));
        assertThat(week.ratings()).allMatch(p -> {
            var local = p.ratedAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai"));
            return !local.toLocalDate().isBefore(today.minusDays(7)) && local.toLocalDate().isBefore(today)
                    && local.getHour() >= 7 && local.getHour() <= 21;
        });
        // a few tens of thousands of events at most for the province: Fuzhou's share stays well under
        assertThat(week.events().size()).isBetween(800, 2000);
    }

    @Test
    void writtenOnceWithBackdatedEventsBehindTheSwitchAndTheReportShowsThem() throws Throwable {
        // Putian is no other test's city; its ratings are removed at the end so the province's figures stay other tests'
        List<UUID> putian = stationIds("rating-history-test-putian-", 300);
        openStations("putian", putian);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            // the switch is off in tests (as in production): the scheduled path writes nothing
            assertThat(VertxContextSupport.subscribeAndAwait(() -> history.fillMissing())).isZero();
            assertThat(count("SELECT count(*) FROM rating WHERE tenant = 'putian'")).isZero();

            Week expected = history.week("putian", putian.stream().sorted().toList(), now);
            int rated = VertxContextSupport.subscribeAndAwait(() -> history.fillMissing("putian", now));
            assertThat(rated).isEqualTo(expected.stations()).isBetween(5, 30);
            long ratings = count("SELECT count(*) FROM rating WHERE tenant = 'putian'");
            assertThat(ratings).isEqualTo(expected.ratings().size());
            assertThat(count("SELECT count(*) FROM outbox_event WHERE tenant = 'putian' AND event_type = 'yizhan.rating.rating-submitted'"
                    + " AND (envelope->>'time')::timestamptz = (envelope->'data'->>'ratedAt')::timestamptz AND created_at < now()"
                    + " AND (envelope->'data'->>'ratedAt')::timestamptz < '" + now + "'::timestamptz")).isEqualTo(ratings);
            assertThat(count("SELECT count(*) FROM outbox_event WHERE tenant = 'putian'"
                    + " AND (envelope->'data'->>'anonymous')::boolean AND (envelope->'data'->>'weight')::float < 1")).isEqualTo(
                    count("SELECT count(*) FROM rating WHERE tenant = 'putian' AND author IS NULL AND source = 'QR' AND qr_verified"));

            // a second start adds nothing
            assertThat(VertxContextSupport.subscribeAndAwait(() -> history.fillMissing("putian", now))).isZero();
            assertThat(count("SELECT count(*) FROM rating WHERE tenant = 'putian'")).isEqualTo(ratings);
            assertThat(count("SELECT count(*) FROM outbox_event WHERE tenant = 'putian'")).isEqualTo(ratings);

            // the city's satisfaction shows the week
            given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().get("/api/v1/satisfaction/cities/putian").then().statusCode(200)
                    .body("windows.find { it.days == 30 }.ratings", Matchers.equalTo((int) ratings))
                    .body("windows.find { it.days == 30 }.average", Matchers.greaterThan(3.5f));
        } finally {
            sql("DELETE FROM rating WHERE tenant = 'putian'");
            sql("DELETE FROM outbox_event WHERE tenant = 'putian'");
            sql("UPDATE station_replica SET status = 'CLOSED' WHERE tenant = 'putian'");
        }
    }

}
