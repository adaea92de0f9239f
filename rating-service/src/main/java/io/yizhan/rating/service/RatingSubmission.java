package io.yizhan.rating.service;

import java.util.List;
import java.util.UUID;

/**
 * A rating as {@link RatingService} takes it, already checked by Bean Validation on {@code rest.RatingRequest}.
 * Its components and their order are the request's on purpose: an {@code Idempotency-Key} replay is
 * matched by the hash of this record's JSON, which is thus the same as the request body's was.
 */
public record RatingSubmission(UUID stationId, Integer score, Dimensions dimensions, List<String> tags, String comment,
                               String qrToken) {

    /** Optional 1–5 scores per aspect. */
    public record Dimensions(Integer environment, Integer facilities, Integer service, Integer openingAsPosted) {
    }
}
