package io.yizhan.volunteer.wish.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yizhan.volunteer.wish.VisibleWish;
import io.yizhan.volunteer.wish.Wish;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A wish as the board shows it; {@code mine} and {@code reviewNote} only for its author and reviewers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WishView(UUID id, String tenant, UUID stationId, String stationName, String category, String description,
                       int valueCapFen, String status, OffsetDateTime createdAt, OffsetDateTime claimExpiresAt,
                       Boolean mine, String reviewNote) {

    static WishView of(VisibleWish seen) {
        Wish w = seen.wish();
        return new WishView(w.id, w.tenant, w.stationId, seen.stationName(), w.category, w.description, w.valueCapFen, w.status.name(),
                w.createdAt, w.claimExpiresAt, seen.mine(), seen.reviewNote());
    }

    static List<WishView> ofAll(List<VisibleWish> seen) {
        return seen.stream().map(WishView::of).toList();
    }
}
