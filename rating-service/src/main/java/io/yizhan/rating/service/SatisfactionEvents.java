package io.yizhan.rating.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.time.StationTime;
import io.yizhan.rating.config.RatingConfig;
import io.yizhan.rating.messaging.RatingEventTypes;
import io.yizhan.rating.messaging.SatisfactionChangedPayload;
import io.yizhan.rating.repository.SatisfactionStateRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * satisfaction-changed events: when a station's 30-day average crosses the low-score threshold (checked
 * in the transaction of every rating), and once a day per station rated the day before.
 */
@ApplicationScoped
public class SatisfactionEvents {

    private final SatisfactionStateRepository states;
    private final Outbox outbox;
    private final RatingConfig config;
    private final Clock clock;

    public SatisfactionEvents(SatisfactionStateRepository states, Outbox outbox, RatingConfig config, Clock clock) {
        this.clock = clock;
        this.states = states;
        this.outbox = outbox;
        this.config = config;
    }

    /** Compares the station's 30-day figure with its last known state; call inside the rating's transaction. */
    public Uni<Boolean> check(UUID stationId, String tenant) {
        double threshold = config.satisfaction().lowThreshold();
        int min = config.satisfaction().minRatings();
        // the 30 days end at the service's clock, not the database's, so that tests can choose "now"
        OffsetDateTime now = OffsetDateTime.now(clock);
        return states.lockLow(stationId, tenant, now)
                .chain(wasLow -> states.sums30(stationId, now).chain(sums -> {
                    WeightedSatisfaction f = WeightedSatisfaction.of(sums, config.anonymous());
                    long count = f.ratings();
                    BigDecimal average = f.average();
                    boolean low = f.low(threshold, min);
                    if (low == wasLow) {
                        return Uni.createFrom().item(false);
                    }
                    return states.setLow(stationId, low, now)
                            .chain(() -> outbox.append(RatingEventTypes.SATISFACTION_CHANGED, stationId.toString(), tenant,
                                    new SatisfactionChangedPayload(stationId, tenant,
                                            low ? "BELOW_THRESHOLD" : "BACK_ABOVE_THRESHOLD", low, average, count,
                                            threshold, min, null, null, null, now,
                                            f.weight())))
                            .replaceWith(true);
                }));
    }

    /**
     * The daily run (see jobs.RatingJobs): the figures of the day before, then the threshold re-check of
     * stations whose 30 days moved without new ratings.
     */
    public Uni<Void> daily() {
        return publishDaily(LocalDate.now(clock).minusDays(1))
                .chain(this::recheckAll).replaceWithVoid();
    }

    /**
     * Re-checks the threshold of every station that is low or was rated in the last 31 days, so that
     * one whose ratings aged out of the 30 days is announced without waiting for its next rating.
     * One transaction per station; returns how many crossed.
     */
    public Uni<Integer> recheckAll() {
        return states.stationsToRecheck(OffsetDateTime.now(clock))
                .chain(stations -> Multi.createFrom().iterable(stations)
                        .onItem().transformToUniAndConcatenate(station -> Panache.withTransaction(
                                () -> check(station.stationId(), station.tenant())))
                        .filter(Boolean::booleanValue)
                        .collect().asList().map(java.util.List::size));
    }

    /**
     * The figure of {@code day} (station time) for each station rated that day, published once per
     * station and day even if called again or by several replicas. Returns how many were published.
     */
    @WithTransaction
    public Uni<Integer> publishDaily(LocalDate day) {
        OffsetDateTime from = day.atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        OffsetDateTime to = from.plusDays(1);
        double threshold = config.satisfaction().lowThreshold();
        int min = config.satisfaction().minRatings();
        return states.recordDaily(day, from, to, OffsetDateTime.now(clock))
                .chain(figures -> Multi.createFrom().iterable(figures)
                        .onItem().transformToUniAndConcatenate(f -> {
                            WeightedSatisfaction f30 = WeightedSatisfaction.of(f.sums30(), config.anonymous());
                            long count30 = f30.ratings();
                            BigDecimal average30 = f30.average();
                            boolean low = f30.low(threshold, min);
                            return outbox.append(RatingEventTypes.SATISFACTION_CHANGED, f.stationId().toString(), f.tenant(),
                                    new SatisfactionChangedPayload(f.stationId(), f.tenant(), "DAILY", low, average30, count30, threshold, min,
                                            day, f.ratings(), f.average().setScale(2, RoundingMode.HALF_UP),
                                            OffsetDateTime.now(clock), f30.weight()));
                        })
                        .collect().asList().map(java.util.List::size));
    }
}
