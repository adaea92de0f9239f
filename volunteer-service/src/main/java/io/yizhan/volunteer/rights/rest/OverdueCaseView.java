package io.yizhan.volunteer.rights.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An overdue case as the city admin sees it: the number, the kind and the dates; no description, phone or name. */
public record OverdueCaseView(UUID id, String caseNumber, String tenant, String category, String categoryLabel, String status,
                              OffsetDateTime createdAt, OffsetDateTime firstReplyDue, long hoursOverdue) {
}
