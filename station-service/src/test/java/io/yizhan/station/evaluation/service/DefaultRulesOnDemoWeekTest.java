package io.yizhan.station.evaluation.service;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.time.StationTime;
import io.yizhan.station.TestClock;
import io.yizhan.station.demo.DemoStation;
import io.yizhan.station.demo.DemoStationGenerator;
import io.yizhan.station.demo.repository.DemoStationRepository;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.yizhan.station.EvaluationFixture.runAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DEFAULT rule set, every rule on, over Fuzhou's demo stations and a generated demo-like week, as a
 * dry run: right after the load nothing is carded (no evidence yet proves nothing); after a week, cards
 * only where the week shows a problem — stations nobody saw open, stations logged-in workers rate low —
 * and never for an anonymous flood, a missed day or two, or usage (no complete week judged yet); no red
 * card, since no rectification deadline has passed. Prints the figures docs/evaluation.md quotes.
 */
// Its outcome depends on the day and the time: CI also runs it at fixed instants (-Dyizhan.test.clock).
@Tag("clock")
@QuarkusTest
class DefaultRulesOnDemoWeekTest {

    /** What the generated week does at a station. */
    enum Kind { NORMAL, SKIPS_A_DAY, NEGLECTED, DISLIKED, FLOODED }

    @Inject
    TestClock clock;

    @Inject
    Pool pool;

    @Inject
    DemoStationRepository demo;

    private final List<UUID> loaded = new ArrayList<>();

    @AfterEach
    void removeTheDemoStations() {
        clock.reset();
        if (loaded.isEmpty()) {
            return;
        }
        Tuple ids = Tuple.tuple().addArrayOfUUID(loaded.toArray(UUID[]::new));
        for (String table : List.of("station_activity", "rating_signal", "station_scorecard", "station")) {
            pool.preparedQuery("DELETE FROM " + table + " WHERE " + (table.equals("station") ? "id" : "station_id")
                    + " = ANY($1)").execute(ids).await().indefinitely();
        }
        loaded.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDefaultRulesCardOnlyWhatADemoWeekShowsAndProposeNoDelisting() {
        clock.reset();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime weekAgo = now.minusDays(7);
        List<DemoStation> fuzhou = DemoStationGenerator.fujian(DemoStationGenerator.DEFAULT_SEED).stream()
                .filter(s -> s.tenant().equals("fuzhou")).toList();
        // Loaded just now, as ./platform up does: Yizhan has no evidence of them yet.
        for (int from = 0; from < fuzhou.size(); from += 500) {
            List<DemoStation> batch = fuzhou.subList(from, Math.min(fuzhou.size(), from + 500));
            pool.withTransaction(c -> demo.insertStations(c, batch, now)).await().indefinitely();
            batch.forEach(s -> loaded.add(s.id()));
        }
        Set<String> ours = new HashSet<>(loaded.stream().map(UUID::toString).toList());
        List<DemoStation> open = fuzhou.stream().filter(s -> s.status().equals("OPEN")).toList();

        Map<String, Object> fresh = runAs(TestTokens.cityAdmin("fuzhou"), "fuzhou", true);
        List<Map<String, Object>> freshVerdicts = ours(fresh, ours);
        assertThat(freshVerdicts).isEmpty();

        // A week later, with a week of history: Yizhan has received their evidence since the load.
        Tuple ids = Tuple.tuple().addArrayOfUUID(loaded.toArray(UUID[]::new)).addOffsetDateTime(weekAgo);
        pool.preparedQuery("UPDATE station SET evidence_since = $2 WHERE id = ANY($1)").execute(ids).await().indefinitely();
        Map<UUID, Kind> kinds = generateWeek(open, weekAgo, now);

        Map<String, Object> week = runAs(TestTokens.provinceAdmin(), "fuzhou", true);
        List<Map<String, Object>> verdicts = ours(week, ours);

        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Set<String>> rulesAt = new HashMap<>();
        for (Map<String, Object> v : verdicts) {
            for (Map<String, Object> card : (List<Map<String, Object>>) v.get("cards")) {
                assertThat(card).containsEntry("colour", "YELLOW");   // no red: no deadline has passed
                byRule.merge((String) card.get("rule"), 1, Integer::sum);
                rulesAt.computeIfAbsent((String) v.get("stationId"), k -> new HashSet<>()).add((String) card.get("rule"));
            }
        }
        Set<String> expected = new HashSet<>();
        for (DemoStation s : open) {
            Kind kind = kinds.get(s.id());
            String id = s.id().toString();
            switch (kind) {
                case NEGLECTED -> {
                    expected.add(id);
                    assertThat(rulesAt.get(id)).as("neglected %s", s.name()).containsExactly("MISSED_OPENINGS");
                }
                case DISLIKED -> {
                    expected.add(id);
                    assertThat(rulesAt.get(id)).as("disliked %s", s.name()).containsExactly("LOW_SATISFACTION");
                }
                default -> assertThat(rulesAt.get(id)).as("%s %s", kind, s.name()).isNull();
            }
        }
        assertThat(rulesAt.keySet()).isEqualTo(expected);
        assertThat(byRule).doesNotContainKeys("LOW_USAGE", "OVERDUE_COMPLAINTS", "YELLOW_NOT_RECTIFIED", "REPEATED_YELLOW");
        // And the dry run changed nothing.
        assertThat(pool.preparedQuery("SELECT count(*) FROM evaluation_card WHERE station_id = ANY($1)")
                .execute(Tuple.tuple().addArrayOfUUID(loaded.toArray(UUID[]::new))).await().indefinitely()
                .iterator().next().getLong(0)).isZero();

        long flooded = kinds.values().stream().filter(k -> k == Kind.FLOODED).count();
        long skipping = kinds.values().stream().filter(k -> k == Kind.SKIPS_A_DAY).count();
        System.out.printf("[figures] evaluation dry run, Fuzhou demo (%d stations, %d open): right after the load %d carded;"
                        + " after a demo week %d carded, yellow %s, red 0 (of them %d neglected, %d rated low by workers;"
                        + " not carded: %d flooded with anonymous 1-star ratings, %d that missed a day)%n",
                fuzhou.size(), open.size(), freshVerdicts.size(), verdicts.size(), byRule,
                kinds.values().stream().filter(k -> k == Kind.NEGLECTED).count(),
                kinds.values().stream().filter(k -> k == Kind.DISLIKED).count(), flooded, skipping);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> ours(Map<String, Object> summary, Set<String> ours) {
        return ((List<Map<String, Object>>) summary.get("verdicts")).stream()
                .filter(v -> ours.contains((String) v.get("stationId"))).toList();
    }

    /**
     * A demo-like week: on each day most stations see a few duty check-ins and locker pickups between
     * 10:00 and 17:00 (inside every demo station's hours) and now and then a logged-in worker's rating;
     * one in seven misses a day; one in fifty is never seen open, one in fifty is rated low by twelve
     * workers, one in fifty is flooded with forty anonymous 1-star ratings. Deterministic.
     */
    private Map<UUID, Kind> generateWeek(List<DemoStation> open, OffsetDateTime from, OffsetDateTime to) {
        Random random = new Random(7);
        Map<UUID, Kind> kinds = new HashMap<>();
        List<Tuple> activities = new ArrayList<>();
        List<Tuple> ratings = new ArrayList<>();
        LocalDate first = from.atZoneSameInstant(StationTime.ZONE).toLocalDate();
        for (int i = 0; i < open.size(); i++) {
            DemoStation s = open.get(i);
            Kind kind = switch (i % 50) {
                case 0 -> Kind.NEGLECTED;
                case 1 -> Kind.DISLIKED;
                case 2 -> Kind.FLOODED;
                default -> i % 7 == 3 ? Kind.SKIPS_A_DAY : Kind.NORMAL;
            };
            kinds.put(s.id(), kind);
            int skipped = random.nextInt(8);
            for (int d = 0; d <= 7; d++) {
                LocalDate day = first.plusDays(d);
                if (kind == Kind.NEGLECTED || (kind == Kind.SKIPS_A_DAY && d == skipped)) {
                    continue;
                }
                int uses = 1 + random.nextInt(4);
                for (int u = 0; u < uses; u++) {
                    OffsetDateTime at = at(day, random);
                    if (!at.isBefore(from) && at.isBefore(to)) {
                        activities.add(Tuple.of(u % 2 == 0 ? "CHECK_IN" : "PICKUP", UUID.randomUUID().toString(), s.id(),
                                s.tenant(), at));
                    }
                }
                if (random.nextInt(3) == 0) {
                    ratings.add(rating(s, 3 + random.nextInt(3), at(day, random), false, from, to));
                }
            }
            for (int r = 0; kind == Kind.DISLIKED && r < 12; r++) {
                ratings.add(rating(s, 1 + random.nextInt(2), at(first.plusDays(1 + r % 5), random), false, from, to));
            }
            for (int r = 0; kind == Kind.FLOODED && r < 40; r++) {
                ratings.add(rating(s, 1, at(first.plusDays(1 + r % 5), random), true, from, to));
            }
        }
        ratings.removeIf(java.util.Objects::isNull);
        pool.preparedQuery("INSERT INTO station_activity (kind, source_id, station_id, tenant, at, counts_as_use)"
                + " VALUES ($1, $2, $3, $4, $5, true)").executeBatch(activities).await().indefinitely();
        pool.preparedQuery("INSERT INTO rating_signal (rating_id, station_id, score, rated_at, anonymous, weight)"
                + " VALUES ($1, $2, $3, $4, $5, $6)").executeBatch(ratings).await().indefinitely();
        return kinds;
    }

    private static OffsetDateTime at(LocalDate day, Random random) {
        return day.atTime(LocalTime.of(10, 0).plusMinutes(random.nextInt(420))).atZone(StationTime.ZONE).toOffsetDateTime();
    }

    private static Tuple rating(DemoStation s, int score, OffsetDateTime at, boolean anonymous, OffsetDateTime from,
                                OffsetDateTime to) {
        if (at.isBefore(from) || !at.isBefore(to)) {
            return null;
        }
        return Tuple.of(UUID.randomUUID(), s.id(), score, at, anonymous, anonymous ? 0.25 : 1.0);
    }
}
