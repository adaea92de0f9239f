package io.yizhan.station.evaluation.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.MalformedEventException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.station.evaluation.EvaluationConfig;
import io.yizhan.station.evaluation.messaging.ActivityFacts;
import io.yizhan.station.evaluation.repository.SignalRepository;
import io.yizhan.station.registry.service.StationService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records the facts the evaluation reads. Each is keyed by its own id (reservation, rating, check-in,
 * session, help request), so an event delivered twice or replayed from the start changes nothing,
 * and facts of different stations may arrive in any order.
 */
@ApplicationScoped
public class SignalIntake {

    private final SignalRepository signals;
    private final StationService stations;

    private final EvaluationConfig config;
    private final Clock clock;

    public SignalIntake(SignalRepository signals, StationService stations, EvaluationConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.signals = signals;
        this.stations = stations;
    }

    @WithTransaction
    public Uni<Boolean> pickup(ActivityFacts.Pickup p) {
        require(p.reservationId() != null && p.stationId() != null && p.tenant() != null && p.pickedUpAt() != null,
                "item-picked-up without reservationId, stationId, tenant or pickedUpAt");
        return signals.recordActivity(SignalRepository.Activity.PICKUP, p.reservationId().toString(), p.stationId(), p.tenant(),
                p.pickedUpAt(), true);
    }

    @WithTransaction
    public Uni<Boolean> checkIn(ActivityFacts.CheckIn c) {
        require(c.shiftId() != null && c.volunteerId() != null && c.stationId() != null && c.tenant() != null && c.at() != null,
                "checked-in without shiftId, volunteerId, stationId, tenant or at");
        return signals.recordActivity(SignalRepository.Activity.CHECK_IN, c.shiftId() + ":" + c.volunteerId(), c.stationId(),
                c.tenant(), c.at(), true);
    }

    @WithTransaction
    public Uni<Boolean> healthCheck(ActivityFacts.HealthCheck h) {
        require(h.sessionId() != null && h.stationId() != null && h.tenant() != null && h.at() != null,
                "health-check-recorded without sessionId, stationId, tenant or at");
        return signals.recordActivity(SignalRepository.Activity.HEALTH_CHECK, h.sessionId().toString(), h.stationId(),
                h.tenant(), h.at(), true);
    }

    @WithTransaction
    public Uni<Void> rating(ActivityFacts.Rating r) {
        require(r.ratingId() != null && r.stationId() != null && r.score() != null && r.score() >= 1 && r.score() <= 5
                && r.ratedAt() != null, "rating-submitted without ratingId, stationId, ratedAt or a score of 1–5");
        return signals.recordRating(r.ratingId(), r.stationId(), r.score(), r.ratedAt(), r.isAnonymous(),
                r.weightOr(config.anonymousRatings().weight()), r.reportsClosed());
    }

    @WithTransaction
    public Uni<Void> help(ActivityFacts.Help h) {
        require(h.helpRequestId() != null && h.stationId() != null, "help event without helpRequestId or stationId");
        return signals.recordHelp(h.helpRequestId(), h.stationId(), h.requestedAt(), h.acceptedAt(), h.resolvedAt(),
                h.escalationLevel() == null ? 0 : h.escalationLevel());
    }

    /**
     * A station manager says the station opened or closed now: evidence that it keeps its hours (which of the
     * two does not matter to the evidence). Returns the time recorded.
     */
    @WithTransaction
    public Uni<OffsetDateTime> openingReport(Caller caller, UUID stationId) {
        return stations.editable(caller, stationId).chain(station -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return signals.recordActivity(SignalRepository.Activity.MANAGER_REPORT, UUID.randomUUID().toString(), station.id,
                    station.tenant, now, false).replaceWith(now);
        });
    }

    private static void require(boolean valid, String problem) {
        if (!valid) {
            throw new MalformedEventException(problem);
        }
    }
}
