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

    /**
     * {@code yizhan.rating.rating-submitted}. {@code anonymous} and {@code weight} were added later: an
     * older event without them is a logged-in worker's, weight 1 (its {@code source} says QR if not).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(UUID ratingId, UUID stationId, Integer score, OffsetDateTime ratedAt, String source,
                         Boolean anonymous, Double weight, java.util.List<String> tags) {

        public boolean isAnonymous() {
            return anonymous != null ? anonymous : "QR".equals(source);
        }

        /** What it weighs before the anonymous cap: rating-service's own weight when it sent one. */
        public double weightOr(double anonymousWeight) {
            return weight != null && weight >= 0 && weight <= 1 ? weight : isAnonymous() ? anonymousWeight : 1.0;
        }

        /** The rater says the station was closed when it was posted open: no evidence of opening. */
        public boolean reportsClosed() {
            return tags != null && tags.contains("closed_when_posted_open");
        }
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
