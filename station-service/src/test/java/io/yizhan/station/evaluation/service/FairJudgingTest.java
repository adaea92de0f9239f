package io.yizhan.station.evaluation.service;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.yizhan.station.EvaluationFixture.anonymousRating;
import static io.yizhan.station.EvaluationFixture.cards;
import static io.yizhan.station.EvaluationFixture.closedRating;
import static io.yizhan.station.EvaluationFixture.only;
import static io.yizhan.station.EvaluationFixture.openStation;
import static io.yizhan.station.EvaluationFixture.publish;
import static io.yizhan.station.EvaluationFixture.rating;
import static io.yizhan.station.EvaluationFixture.runAs;
import static io.yizhan.station.EvaluationFixture.settings;
import static io.yizhan.station.EvaluationFixture.verdict;
import static io.yizhan.station.evaluation.service.EvaluationDryRunTest.EVERY_DAY;
import static io.yizhan.station.evaluation.service.EvaluationServiceTest.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The run judges fairly: two yellows in one run are not a "repeat"; no red card before a rectification
 * deadline (the city's own) has passed, and then one red, however many yellows expired; anonymous
 * ratings weigh less and a flood of them cannot card a station on its own.
 */
// Its outcome depends on the day and the time: CI also runs it at fixed instants (-Dyizhan.test.clock).
@Tag("clock")
@QuarkusTest
class FairJudgingTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void startClock() {
        clock.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoYellowsInOneRunAreNoRepeatAndOnlyAnExpiredDeadlineBringsOneRedCard() {
        Map<String, Object> rules = new HashMap<>(only("MISSED_OPENINGS"));
        rules.remove("minRatings");   // LOW_SATISFACTION on as well, at its default of 10
        rules.put("rectifyDays", 5);  // this city's own rectification period
        settings("sanming", rules);
        String station = openStation("sanming", "三明双黄牌驿站", EVERY_DAY);
        OffsetDateTime t = OffsetDateTime.now(clock).plusMinutes(5);
        // Twelve logged-in workers rate it 1 and say it was closed: low satisfaction, and no evidence of opening.
        List<String> low = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            low.add(closedRating(station, "sanming", 1, t.plusMinutes(i)));
        }
        clock.advance(Duration.ofDays(5));
        publish("rating-events", station, low);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(signal(station, "satisfaction", "ratings")).isEqualTo(12.0));
        assertThat(signal(station, "opening", "missed")).isGreaterThanOrEqualTo(3.0);

        Map<String, Object> first = verdict(runAs(TestTokens.provinceAdmin(), "sanming", false), station);
        assertThat((List<Map<String, Object>>) first.get("cards")).extracting(c -> c.get("colour") + ":" + c.get("rule"))
                .containsExactlyInAnyOrder("YELLOW:LOW_SATISFACTION", "YELLOW:MISSED_OPENINGS");
        assertThat(first).containsEntry("statusAfter", "WARNED");

        clock.advance(Duration.ofDays(2));   // within the 5 days to rectify
        assertThat(verdict(runAs(TestTokens.provinceAdmin(), "sanming", false), station)).isNull();
        assertThat(cards(station)).extracting(c -> c.get("colour")).containsOnly("YELLOW");

        clock.advance(Duration.ofDays(4));   // both deadlines passed, nothing put right
        Map<String, Object> escalated = verdict(runAs(TestTokens.provinceAdmin(), "sanming", false), station);
        assertThat((List<Map<String, Object>>) escalated.get("cards")).extracting(c -> c.get("colour") + ":" + c.get("status"))
                .containsExactlyInAnyOrder("RED:DELISTING_PROPOSED", "YELLOW:ESCALATED", "YELLOW:ESCALATED");
        List<Map<String, Object>> all = cards(station);
        assertThat(all).filteredOn(c -> "RED".equals(c.get("colour"))).singleElement()
                .satisfies(red -> assertThat(red).containsEntry("rule", "YELLOW_NOT_RECTIFIED"));
        assertThat(verdict(runAs(TestTokens.provinceAdmin(), "sanming", false), station)).isNull();
    }

    @Test
    void aFloodOfAnonymousRatingsCannotCardAStationButLoggedInWorkersCan() {
        settings("sanming", only("LOW_SATISFACTION"));
        String flooded = openStation("sanming", "三明匿名刷分驿站", null);
        String defended = openStation("sanming", "三明工友好评驿站", null);
        String disliked = openStation("sanming", "三明工友差评驿站", null);
        OffsetDateTime t = OffsetDateTime.now(clock).plusMinutes(5);
        clock.advance(Duration.ofDays(1));
        List<String> flood = new ArrayList<>();
        List<String> mixed = new ArrayList<>();
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            flood.add(anonymousRating(flooded, "sanming", 1, t.plusMinutes(i)));
            mixed.add(anonymousRating(defended, "sanming", 1, t.plusMinutes(i)));
        }
        for (int i = 0; i < 10; i++) {
            mixed.add(rating(java.util.UUID.randomUUID(), defended, "sanming", 5, t.plusMinutes(i)));
            workers.add(rating(java.util.UUID.randomUUID(), disliked, "sanming", 2, t.plusMinutes(i)));
        }
        publish("rating-events", flooded, flood);
        publish("rating-events", defended, mixed);
        publish("rating-events", disliked, workers);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(signal(flooded, "satisfaction", "ratings")).isEqualTo(60.0);
            assertThat(signal(defended, "satisfaction", "ratings")).isEqualTo(70.0);
            assertThat(signal(disliked, "satisfaction", "ratings")).isEqualTo(10.0);
        });
        // With no logged-in ratings the anonymous ones weigh nothing; beside ten workers' they weigh at most a fifth.
        assertThat(signal(flooded, "satisfaction", "weight")).isZero();
        assertThat(signal(defended, "satisfaction", "weight")).isEqualTo(12.5);
        assertThat(signal(defended, "satisfaction", "average")).isEqualTo(4.2);   // (10 × 5 + 2.5 × 1) / 12.5

        Map<String, Object> summary = runAs(TestTokens.provinceAdmin(), "sanming", false);

        assertThat(verdict(summary, flooded)).isNull();
        assertThat(verdict(summary, defended)).isNull();
        assertThat(verdict(summary, disliked)).containsEntry("statusAfter", "WARNED");
        assertThat(cards(flooded)).isEmpty();
        assertThat(cards(disliked)).extracting(c -> c.get("rule")).containsExactly("LOW_SATISFACTION");
    }
}
