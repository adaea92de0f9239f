package io.yizhan.volunteer.wish.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A wish as the board shows it; {@code mine} and {@code reviewNote} only for its author and reviewers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WishView(UUID id, String tenant, UUID stationId, String stationName, String category, String description,
                       int valueCapFen, String status, OffsetDateTime createdAt, OffsetDateTime claimExpiresAt,
                       Boolean mine, String reviewNote) {
}
