package io.yizhan.rating.messaging;

import io.yizhan.rating.Rating;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * data of {@code yizhan.rating.rating-submitted}. No author and no comment text: consumers learn that
 * a station was rated and how, not by whom or in what words. {@code weight} is what the rating
 * weighs in satisfaction before the anonymous cap (1 logged-in, {@code yizhan.rating.anonymous.weight}
 * anonymous; fields added in issue 24, so a consumer's satisfaction can follow rating-service's rule).
 */
public record RatingSubmittedPayload(UUID ratingId, UUID stationId, String tenant, int score, Integer environment,
                                     Integer facilities, Integer service, Integer openingAsPosted, List<String> tags,
                                     boolean hasComment, String source, boolean qrVerified, boolean replaced,
                                     OffsetDateTime ratedAt, boolean anonymous, double weight) {

    public static RatingSubmittedPayload of(Rating r, boolean replaced, double anonymousWeight) {
        boolean anonymous = r.author == null;
        return new RatingSubmittedPayload(r.id, r.stationId, r.tenant, r.score, r.environment, r.facilities, r.service,
                r.openingAsPosted, r.tagList(), r.comment != null, r.source.name(), r.qrVerified, replaced, r.ratedAt,
                anonymous, anonymous ? anonymousWeight : 1.0);
    }
}
