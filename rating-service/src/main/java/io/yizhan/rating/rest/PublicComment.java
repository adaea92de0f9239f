package io.yizhan.rating.rest;

import io.yizhan.rating.Rating;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A comment anyone may read: published at once or approved by a moderator; never its author. */
public record PublicComment(UUID id, int score, List<String> tags, String comment, OffsetDateTime ratedAt) {

    public static PublicComment of(Rating r) {
        return new PublicComment(r.id, r.score, r.tagList(), r.comment, r.ratedAt);
    }
}
