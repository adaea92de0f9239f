package io.yizhan.volunteer.rights.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A rights case for its worker (phone masked) or its city's desk (phone in full); {@code replies} in the detail only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RightsCaseView(UUID id, String caseNumber, String tenant, UUID stationId, String category, String categoryLabel,
                             String description, String phone, String status, String statusLabel, OffsetDateTime createdAt,
                             OffsetDateTime firstReplyDue, OffsetDateTime firstReplyAt, OffsetDateTime closedAt, boolean overdue,
                             List<Reply> replies) {

    /** {@code from}: {@code WORKER} or {@code DESK}; never a desk member's name. */
    public record Reply(String from, String body, OffsetDateTime at) {
    }
}
