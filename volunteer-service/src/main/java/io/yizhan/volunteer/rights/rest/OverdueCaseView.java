package io.yizhan.volunteer.rights.rest;

import io.yizhan.volunteer.rights.OverdueCase;
import io.yizhan.volunteer.rights.RightsCase;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An overdue case as the city admin sees it: the number, the kind and the dates; no description, phone or name. */
public record OverdueCaseView(UUID id, String caseNumber, String tenant, String category, String categoryLabel, String status,
                              OffsetDateTime createdAt, OffsetDateTime firstReplyDue, long hoursOverdue) {

    static OverdueCaseView of(OverdueCase overdue) {
        RightsCase c = overdue.rightsCase();
        return new OverdueCaseView(c.id, c.caseNumber, c.tenant, c.category.name(), c.category.label, c.status.name(), c.createdAt,
                c.firstReplyDue, overdue.hoursOverdue());
    }
}
