package io.yizhan.rating.messaging;

import io.yizhan.rating.Rating;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * data of {@code yizhan.rating.rating-submitted}. No author and no comment text: consumers learn that
 * a station was rated and how, not by whom or in what words.
 */
public record RatingSubmittedPayload(UUID ratingId, UUID stationId, String tenant, int score, Integer environment,
                                     Integer facilities, Integer service, Integer openingAsPosted, List<String> tags,
                                     boolean hasComment, String source, boolean qrVerified, boolean replaced,
                                     OffsetDateTime ratedAt) {

    public static RatingSubmittedPayload of(Rating r, boolean replaced) {
        return new RatingSubmittedPayload(r.id, r.stationId, r.tenant, r.score, r.environment, r.facilities, r.service,
                r.openingAsPosted, r.tagList(), r.comment != null, r.source.name(), r.qrVerified, replaced, r.ratedAt);
    }
}
