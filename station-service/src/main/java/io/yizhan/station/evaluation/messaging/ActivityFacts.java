package io.yizhan.station.evaluation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields the evaluation reads from other services' events (locker-events, rating-events,
 * volunteer-events); each event carries more, which is ignored (fields are only ever added). Documented in docs/events.
 */
public final class ActivityFacts {

    private ActivityFacts() {
    }

    /** {@code yizhan.locker.item-picked-up}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pickup(UUID reservationId, UUID stationId, String tenant, OffsetDateTime pickedUpAt) {
    }

    /** {@code yizhan.rating.rating-submitted}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(UUID ratingId, UUID stationId, Integer score, OffsetDateTime ratedAt) {
    }

    /** {@code yizhan.volunteer.checked-in}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckIn(UUID shiftId, UUID stationId, String tenant, UUID volunteerId, OffsetDateTime at) {
    }

    /** {@code yizhan.volunteer.health-check-recorded}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HealthCheck(UUID sessionId, UUID stationId, String tenant, OffsetDateTime at) {
    }

    /** {@code yizhan.volunteer.help-*}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Help(UUID helpRequestId, UUID stationId, Integer escalationLevel, OffsetDateTime requestedAt,
                       OffsetDateTime acceptedAt, OffsetDateTime resolvedAt) {
    }
}
