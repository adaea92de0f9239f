package io.yizhan.station.evaluation.service;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.time.StationTime;
import io.yizhan.station.evaluation.EvaluationConfig;
import io.yizhan.station.evaluation.repository.SignalRepository;
import io.yizhan.station.evaluation.EvaluationSettings;
import io.yizhan.station.evaluation.StationSignals;
import io.yizhan.station.registry.Station;
import io.yizhan.station.registry.mapping.StationMapper;
import io.yizhan.station.registry.service.StationService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a station's signals as of a moment, never before {@code since}: a station is not judged on
 * time before it opened, before its hours last changed, or before a card of the same rule closed.
 */
@ApplicationScoped
public class SignalService {

    /** Weeks of usage a scorecard shows, whatever the rule needs. */
    static final int WEEKS_SHOWN = 8;
    private static final int MISSED_PERIODS_SHOWN = 10;

    private final SignalRepository signals;
    private final StationMapper mapper;
    private final EvaluationConfig config;

    public SignalService(SignalRepository signals, StationMapper mapper, EvaluationConfig config) {
        this.config = config;
        this.signals = signals;
        this.mapper = mapper;
    }

    /**
     * When the station began to be judged: it opened (or was registered, for older data), or, if later,
     * when Yizhan began to receive its evidence.
     */
    public static OffsetDateTime judgedSince(Station station) {
        return latest(station.openedAt != null ? station.openedAt : station.createdAt, station.evidenceSince);
    }

    /** All signals from the station's own start; call inside a session. */
    public Uni<StationSignals> signals(Station station, EvaluationSettings settings, OffsetDateTime asOf) {
        OffsetDateTime since = judgedSince(station);
        return usage(station, settings, asOf, since).chain(usage ->
                satisfaction(station, settings, asOf, since).chain(satisfaction ->
                        opening(station, settings, asOf, since).chain(opening ->
                                complaints(station, settings, asOf).chain(complaints ->
                                        help(station, settings, asOf).map(help ->
                                                new StationSignals(usage, satisfaction, opening, complaints, help))))));
    }

    public Uni<StationSignals.Usage> usage(Station station, EvaluationSettings s, OffsetDateTime asOf, OffsetDateTime since) {
        OffsetDateTime thisWeek = asOf.atZoneSameInstant(StationTime.ZONE).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        int weeksRead = Math.max(WEEKS_SHOWN, s.lowUsageWeeks());
        OffsetDateTime from = thisWeek.minusWeeks(weeksRead);
        return signals.weeklyUses(station.id, from, thisWeek).map(uses -> {
            List<StationSignals.Week> weeks = new ArrayList<>();
            int lowInARow = 0;
            int judged = 0;
            boolean run = true;
            for (int back = 1; back <= weeksRead; back++) {
                OffsetDateTime start = thisWeek.minusWeeks(back);
                LocalDate monday = start.atZoneSameInstant(StationTime.ZONE).toLocalDate();
                long n = uses.getOrDefault(monday, 0L);
                if (back <= WEEKS_SHOWN) {
                    weeks.add(0, new StationSignals.Week(monday, n));
                    judged += start.isBefore(since) ? 0 : 1;
                }
                // Only whole weeks the station was judged in count towards a run of low weeks.
                run = run && !start.isBefore(since) && n < s.minWeeklyUses();
                if (run) {
                    lowInARow++;
                }
            }
            return new StationSignals.Usage(s.minWeeklyUses(), lowInARow, judged, weeks);
        });
    }

    public Uni<StationSignals.Satisfaction> satisfaction(Station station, EvaluationSettings s, OffsetDateTime asOf,
                                                        OffsetDateTime since) {
        OffsetDateTime from = latest(asOf.minusDays(s.satisfactionDays()), since);
        return signals.satisfaction(station.id, from, asOf).map(r -> weigh(r, s, config.anonymousRatings().maxShare()));
    }

    /**
     * Anonymous ratings weigh what their events say (less than a worker's 1) and together at most
     * {@code maxShare} of the total, so with no logged-in ratings they weigh nothing: the same rule as
     * rating-service's satisfaction figure (docs/evaluation.md, "Anonymous ratings").
     */
    static StationSignals.Satisfaction weigh(SignalRepository.Satisfaction r, EvaluationSettings s, double maxShare) {
        double cap = maxShare >= 1 ? Double.MAX_VALUE : maxShare / (1 - maxShare) * r.workerWeight();
        double anonymous = Math.min(r.anonymousWeight(), cap);
        double weight = r.workerWeight() + anonymous;
        double score = r.workerScore() + (r.anonymousWeight() == 0 ? 0 : anonymous * r.anonymousScore() / r.anonymousWeight());
        Double average = weight == 0 ? null : round2(score / weight);
        Double workers = r.workerWeight() == 0 ? null : round2(r.workerScore() / r.workerWeight());
        return new StationSignals.Satisfaction(s.satisfactionDays(), r.workerRatings() + r.anonymousRatings(), average,
                s.minRatings(), s.lowSatisfaction(), round2(weight), workers, r.anonymousRatings());
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    public Uni<StationSignals.Opening> opening(Station station, EvaluationSettings s, OffsetDateTime asOf, OffsetDateTime since) {
        OffsetDateTime from = latest(latest(asOf.minusDays(s.missedOpeningsDays()), since), station.hoursChangedAt);
        if (!from.isBefore(asOf)) {
            return Uni.createFrom().item(new StationSignals.Opening(s.missedOpeningsDays(), 0, 0, List.of()));
        }
        List<OpeningPeriods.Period> periods = OpeningPeriods.between(mapper.hours(station), from.toInstant(), asOf.toInstant(),
                StationTime.ZONE);
        return signals.evidence(station.id, from, asOf).map(evidence -> {
            List<OpeningPeriods.Period> missed = OpeningPeriods.missed(periods, evidence);
            List<StationSignals.MissedPeriod> shown = missed.stream().skip(Math.max(0, missed.size() - MISSED_PERIODS_SHOWN))
                    .map(p -> new StationSignals.MissedPeriod(local(p.opens()), local(p.closes()))).toList();
            return new StationSignals.Opening(s.missedOpeningsDays(), periods.size(), missed.size(), shown);
        });
    }

    public Uni<StationSignals.Complaints> complaints(Station station, EvaluationSettings s, OffsetDateTime asOf) {
        return signals.complaints(station.id, asOf.minusDays(s.complaintDeadlineDays()))
                .map(c -> new StationSignals.Complaints(c.open(), c.overdue(), s.complaintDeadlineDays()));
    }

    public Uni<StationSignals.Help> help(Station station, EvaluationSettings s, OffsetDateTime asOf) {
        return signals.help(station.id, asOf.minusDays(s.satisfactionDays()), asOf).map(h -> new StationSignals.Help(
                h.requests(), h.answered(), h.escalated(),
                h.medianMinutesToAnswer() == null ? null : Math.round(h.medianMinutesToAnswer() * 10) / 10.0));
    }

    static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(StationTime.ZONE).toOffsetDateTime();
    }
}
