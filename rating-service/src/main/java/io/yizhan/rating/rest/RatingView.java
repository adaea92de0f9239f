package io.yizhan.rating.rest;

import io.yizhan.rating.Rating;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A rating as its author sees it; {@code replaced} says it replaced their earlier one within 24 h. */
public record RatingView(UUID id, UUID stationId, String tenant, int score, RatingRequest.Dimensions dimensions,
                         List<String> tags, String comment, String commentStatus, String commentStatusLabel,
                         boolean anonymous, boolean qrVerified, OffsetDateTime ratedAt, boolean replaced) {

    public static RatingView of(Rating r, boolean replaced) {
        return new RatingView(r.id, r.stationId, r.tenant, r.score,
                new RatingRequest.Dimensions(r.environment, r.facilities, r.service, r.openingAsPosted),
                r.tagList(), r.comment, r.commentStatus.name(), r.commentStatus.label, r.author == null, r.qrVerified,
                r.ratedAt, replaced);
    }
}
