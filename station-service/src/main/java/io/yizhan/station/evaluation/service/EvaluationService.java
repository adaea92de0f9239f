package io.yizhan.station.evaluation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.station.evaluation.EvaluationCard;
import io.yizhan.station.evaluation.EvaluationRule;
import io.yizhan.station.evaluation.Inspection;
import io.yizhan.station.evaluation.mapping.JsonColumns;
import io.yizhan.station.evaluation.repository.EvaluationCardRepository;
import io.yizhan.station.evaluation.repository.InspectionRepository;
import io.yizhan.station.evaluation.repository.ScorecardRepository;
import io.yizhan.station.evaluation.EvaluationSettings;
import io.yizhan.station.evaluation.RunSummary;
import io.yizhan.station.evaluation.StationSignals;
import io.yizhan.station.registry.Station;
import io.yizhan.station.registry.repository.StationRepository;
import io.yizhan.station.registry.service.StationService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The rules at work: judges each open or warned station as of a moment, issues the cards its signals
 * call for, escalates yellows past their deadline, and keeps each station's scorecard snapshot.
 * Deterministic on its data, so running it again (or replaying the events it reads) issues nothing new.
 */
@ApplicationScoped
public class EvaluationService {

    /** The yellow rules the run checks, in the order their cards are issued. */
    static final List<EvaluationRule> SIGNAL_RULES = List.of(EvaluationRule.LOW_USAGE, EvaluationRule.LOW_SATISFACTION,
            EvaluationRule.MISSED_OPENINGS, EvaluationRule.OVERDUE_COMPLAINTS);
    private static final int YELLOW = 0;
    private static final int RED = 1;
    private static final int ESCALATED = 2;

    private final StationRepository stations;
    private final EvaluationCardRepository cards;
    private final InspectionRepository inspections;
    private final ScorecardRepository scorecards;
    private final SignalService signals;
    private final EvaluationRuleService rules;
    private final CardService cardService;
    private final StationService stationService;
    private final JsonColumns json;

    private final Clock clock;

    public EvaluationService(StationRepository stations, EvaluationCardRepository cards, InspectionRepository inspections,
                             ScorecardRepository scorecards, SignalService signals, EvaluationRuleService rules,
                             CardService cardService, StationService stationService, JsonColumns json, Clock clock) {
        this.clock = clock;
        this.stations = stations;
        this.cards = cards;
        this.inspections = inspections;
        this.scorecards = scorecards;
        this.signals = signals;
        this.rules = rules;
        this.cardService = cardService;
        this.stationService = stationService;
        this.json = json;
    }

    /** Judges every open or warned station of a city (or all), each in its own transaction. */
    public Uni<RunSummary> run(Optional<String> tenant, OffsetDateTime asOf) {
        return run(tenant, asOf, false);
    }

    /**
     * The run; a dry run does exactly the same work and rolls back each station's transaction, so what it
     * reports cannot drift from what a real run would do, and it changes nothing: no card, no status, no
     * scorecard, no outbox row (so no event).
     */
    public Uni<RunSummary> run(Optional<String> tenant, OffsetDateTime asOf, boolean dryRun) {
        AtomicIntegerArray counts = new AtomicIntegerArray(3);
        // A city's settings are read once per run, not once per station (stations are judged one after another).
        Map<String, EvaluationSettings> settingsByCity = new java.util.HashMap<>();
        List<RunSummary.Verdict> verdicts = new java.util.ArrayList<>();
        return Panache.withSession(() -> scorecards.judged(tenant)).chain(ids -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (UUID id : ids) {
                all = all.chain(() -> Panache.withTransaction(() -> judge(id, asOf, counts, settingsByCity)
                                .call(verdict -> dryRun ? Panache.currentTransaction().invoke(tx -> tx.markForRollback())
                                        : Uni.createFrom().voidItem()))
                        .invoke(verdict -> verdict.ifPresent(verdicts::add))
                        .onFailure().recoverWithItem(e -> {
                            // One station's failure must not stop the province's run; the next run retries it.
                            Log.warnf("evaluation of station %s failed: %s", id, e.toString());
                            return null;
                        }).replaceWithVoid());
            }
            return all.map(ignored -> new RunSummary(asOf, tenant.orElse(null), ids.size(), counts.get(YELLOW),
                    counts.get(RED), counts.get(ESCALATED), dryRun, verdicts.size(), List.copyOf(verdicts)));
        });
    }

    /**
     * A run started by hand (e.g. after changing the rules), as of now: the province for any city or all,
     * a city admin for their own city only. A dry run only reports what the run would do.
     */
    public Uni<RunSummary> runNow(Caller caller, String tenant, boolean dryRun) {
        if (tenant != null && !Tenants.isCity(tenant)) {
            throw ProblemException.badRequest("tenant", "未知城市 " + tenant + " / unknown city " + tenant);
        }
        String city = tenant;
        if (!caller.isProvinceAdmin()) {
            if (tenant != null && !caller.sees(tenant)) {
                throw ProblemException.forbidden("只能对本市驿站运行考评 / a city admin runs the evaluation of their own city only");
            }
            city = caller.tenantScope().orElseThrow(() ->
                    ProblemException.forbidden("令牌没有有效的城市 / the token names no valid city"));
        }
        return run(Optional.ofNullable(city), OffsetDateTime.now(clock), dryRun);
    }

    private Uni<Optional<RunSummary.Verdict>> judge(UUID stationId, OffsetDateTime asOf, AtomicIntegerArray counts,
                                                    Map<String, EvaluationSettings> settingsByCity) {
        Uni<Optional<RunSummary.Verdict>> none = Uni.createFrom().item(Optional.empty());
        return scorecards.lock(stationId).chain(locked -> !locked ? none
                : stations.findById(stationId).chain(station -> station == null || !station.status.searchable() ? none
                        : settings(station.tenant, settingsByCity).chain(settings -> cards.ofStation(stationId)
                                .chain(existing -> {
                                    String before = station.status.name();
                                    java.util.Set<UUID> known = new java.util.HashSet<>();
                                    existing.forEach(c -> known.add(c.id));
                                    return escalate(station, existing, asOf, counts)
                                            .chain(() -> applyRules(station, existing, settings, asOf, counts))
                                            .chain(() -> snapshot(station, settings, asOf))
                                            .chain(() -> cards.ofStation(stationId))
                                            .map(after -> verdict(station, before, known, after, asOf));
                                }))));
    }

    /** The cards this run issued or escalated at the station, if any. */
    private static Optional<RunSummary.Verdict> verdict(Station station, String before, java.util.Set<UUID> known,
                                                        List<EvaluationCard> after, OffsetDateTime asOf) {
        List<RunSummary.ProposedCard> issued = after.stream()
                .filter(c -> !known.contains(c.id) || (c.status == EvaluationCard.Status.ESCALATED && asOf.equals(c.closedAt)))
                .map(c -> new RunSummary.ProposedCard(c.colour.name(), c.rule.name(), c.rule.labelZh, c.rule.labelEn, c.status.name()))
                .toList();
        return issued.isEmpty() ? Optional.empty()
                : Optional.of(new RunSummary.Verdict(station.id, station.name, before, station.status.name(), issued));
    }

    private Uni<EvaluationSettings> settings(String tenant, Map<String, EvaluationSettings> settingsByCity) {
        EvaluationSettings known = settingsByCity.get(tenant);
        return known != null ? Uni.createFrom().item(known)
                : rules.settingsFor(tenant).invoke(settings -> settingsByCity.put(tenant, settings));
    }

    private Uni<Void> escalate(Station station, List<EvaluationCard> existing, OffsetDateTime asOf, AtomicIntegerArray counts) {
        Uni<Void> steps = Uni.createFrom().voidItem();
        for (EvaluationCard card : existing) {
            if (card.colour == EvaluationRule.CardColour.YELLOW && card.status == EvaluationCard.Status.ISSUED
                    && card.deadline != null && card.deadline.isBefore(asOf)) {
                steps = steps.chain(() -> cardService.escalate(station, card, asOf).invoke(red -> {
                    counts.incrementAndGet(ESCALATED);
                    if (red.issuedAt.equals(asOf)) {
                        counts.incrementAndGet(RED);
                    }
                }).replaceWithVoid());
            }
        }
        return steps;
    }

    private Uni<Void> applyRules(Station station, List<EvaluationCard> existing, EvaluationSettings settings,
                                 OffsetDateTime asOf, AtomicIntegerArray counts) {
        Uni<Void> steps = Uni.createFrom().voidItem();
        for (EvaluationRule rule : SIGNAL_RULES) {
            if (existing.stream().anyMatch(c -> c.rule == rule && c.status.open())) {
                continue;
            }
            // Evidence that led to an earlier card of this rule is spent once that card closed.
            OffsetDateTime since = existing.stream().filter(c -> c.rule == rule && c.closedAt != null)
                    .map(c -> c.closedAt).max(Comparator.naturalOrder())
                    .map(closed -> SignalService.latest(closed, SignalService.judgedSince(station)))
                    .orElse(SignalService.judgedSince(station));
            steps = steps.chain(() -> evidence(rule, station, settings, asOf, since).chain(evidence -> evidence.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : cardService.issueYellow(station, rule, evidence.get(), asOf, settings)
                            .chain(card -> cards.ofStation(station.id))
                            .invoke(all -> {
                                counts.incrementAndGet(YELLOW);
                                if (all.stream().anyMatch(c -> c.colour == EvaluationRule.CardColour.RED && asOf.equals(c.issuedAt))) {
                                    counts.incrementAndGet(RED);
                                }
                            }).replaceWithVoid()));
        }
        return steps;
    }

    /** The evidence a rule fires on, or empty when it does not fire. */
    Uni<Optional<Map<String, Object>>> evidence(EvaluationRule rule, Station station, EvaluationSettings s,
                                                OffsetDateTime asOf, OffsetDateTime since) {
        return switch (rule) {
            case LOW_USAGE -> signals.usage(station, s, asOf, since).map(u -> u.lowWeeksInARow() < s.lowUsageWeeks()
                    ? Optional.empty()
                    : Optional.of(evidenceOf("minWeeklyUses", s.minWeeklyUses(), "weeksInARow", u.lowWeeksInARow(),
                            "weeks", u.weeks().subList(Math.max(0, u.weeks().size() - u.lowWeeksInARow()), u.weeks().size()))));
            case LOW_SATISFACTION -> signals.satisfaction(station, s, asOf, since).map(sat -> !sat.low()
                    ? Optional.empty()
                    : Optional.of(evidenceOf("ratings", sat.ratings(), "average", sat.average(), "weight", sat.weight(),
                            "workersAverage", sat.workersAverage(), "anonymousRatings", sat.anonymousRatings(),
                            "threshold", s.lowSatisfaction(), "minRatings", s.minRatings(), "days", s.satisfactionDays())));
            case MISSED_OPENINGS -> signals.opening(station, s, asOf, since).map(o -> o.missed() < s.missedOpeningsLimit()
                    ? Optional.empty()
                    : Optional.of(evidenceOf("missed", o.missed(), "periods", o.periods(), "limit", s.missedOpeningsLimit(),
                            "days", s.missedOpeningsDays(), "missedPeriods", o.missedPeriods())));
            case OVERDUE_COMPLAINTS -> signals.complaints(station, s, asOf).map(c -> c.overdue() < s.overdueComplaintsLimit()
                    ? Optional.empty()
                    : Optional.of(evidenceOf("overdue", c.overdue(), "open", c.open(), "deadlineDays", s.complaintDeadlineDays(),
                            "limit", s.overdueComplaintsLimit())));
            default -> Uni.createFrom().item(Optional.empty());
        };
    }

    private Uni<Void> snapshot(Station station, EvaluationSettings settings, OffsetDateTime asOf) {
        return signals.signals(station, settings, asOf).chain(sig -> inspections.latest(station.id)
                .chain(latest -> scorecards.save(station.id, station.tenant, asOf, score(sig, latest), json.write(sig))));
    }

    /**
     * A station's scorecard (考评卡) as of {@code asOf}: its signals, the latest inspection (null if none), a
     * 0–100 score (null until there is something to score) and all its cards so far.
     */
    public record Scorecard(Station station, OffsetDateTime asOf, OffsetDateTime judgedSince, Integer score,
                            StationSignals signals, Inspection latest, List<EvaluationCard> cards) {
    }

    /** A station's scorecard now: its managers, its city's admins and the province read it. */
    @WithSession
    public Uni<Scorecard> scorecard(Caller caller, UUID stationId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return stationService.editable(caller, stationId).chain(station -> rules.settingsFor(station.tenant)
                .chain(settings -> signals.signals(station, settings, now))
                .chain(sig -> inspections.latest(station.id).chain(latest -> cardService.ofStation(station.id)
                        .map(all -> new Scorecard(station, now, SignalService.judgedSince(station), score(sig, latest), sig,
                                latest, all)))));
    }

    /**
     * 0–100: opening as posted 30, satisfaction 30, usage 20 (weeks it was open for), latest inspection 20,
     * each as a share of its best; parts without data yet are left out and the rest re-weighted. Null
     * when nothing is known.
     */
    static Integer score(StationSignals sig, Inspection latest) {
        double weighted = 0;
        double weights = 0;
        if (sig.opening().periods() > 0) {
            weighted += 30 * (1 - (double) sig.opening().missed() / sig.opening().periods());
            weights += 30;
        }
        if (sig.satisfaction().average() != null) {
            weighted += 30 * (sig.satisfaction().average() - 1) / 4;
            weights += 30;
        }
        List<StationSignals.Week> weeks = sig.usage().weeks();
        int judged = sig.usage().judgedWeeks();
        if (judged > 0 && sig.usage().minWeeklyUses() > 0) {
            double average = weeks.subList(weeks.size() - judged, weeks.size()).stream()
                    .mapToLong(StationSignals.Week::uses).average().orElse(0);
            weighted += 20 * Math.min(1, average / sig.usage().minWeeklyUses());
            weights += 20;
        }
        if (latest != null && latest.maxTotal > 0) {
            weighted += 20 * (double) latest.total / latest.maxTotal;
            weights += 20;
        }
        return weights == 0 ? null : (int) Math.round(100 * weighted / weights);
    }

    private static Map<String, Object> evidenceOf(Object... pairs) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            evidence.put((String) pairs[i], pairs[i + 1]);
        }
        return evidence;
    }
}
