package io.yizhan.volunteer.rights.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yizhan.volunteer.rights.RightsCase;
import io.yizhan.volunteer.rights.VisibleCase;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A rights case for its worker (phone masked) or its city's desk (phone in full); {@code replies} in the detail only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RightsCaseView(UUID id, String caseNumber, String tenant, UUID stationId, String category, String categoryLabel,
                             String description, String phone, String status, String statusLabel, OffsetDateTime createdAt,
                             OffsetDateTime firstReplyDue, OffsetDateTime firstReplyAt, OffsetDateTime closedAt, boolean overdue,
                             List<Reply> replies) {

    static RightsCaseView of(VisibleCase seen) {
        RightsCase c = seen.rightsCase();
        return new RightsCaseView(c.id, c.caseNumber, c.tenant, c.stationId, c.category.name(), c.category.label, c.description,
                seen.phone(), c.status.name(), c.status.label, c.createdAt, c.firstReplyDue, c.firstReplyAt, c.closedAt, seen.overdue(),
                seen.replies() == null ? null : seen.replies().stream()
                        .map(r -> new Reply(r.fromDesk ? "DESK" : "WORKER", r.body, r.createdAt)).toList());
    }

    /** {@code from}: {@code WORKER} or {@code DESK}; never a desk member's name. */
    public record Reply(String from, String body, OffsetDateTime at) {
    }

    static List<RightsCaseView> ofAll(List<VisibleCase> seen) {
        return seen.stream().map(RightsCaseView::of).toList();
    }
}
