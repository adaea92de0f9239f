package io.yizhan.volunteer.help.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yizhan.volunteer.help.HelpRequest;
import io.yizhan.volunteer.help.VisibleHelpRequest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A help request as the worker and the station's butlers see it; never who asked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HelpView(UUID id, String tenant, UUID stationId, String stationName, String category, String categoryLabel,
                       String note, String status, String statusLabel, int escalationLevel, OffsetDateTime requestedAt,
                       OffsetDateTime acceptedAt, OffsetDateTime resolvedAt, Boolean acceptedByMe, Boolean mine) {

    static HelpView of(VisibleHelpRequest seen) {
        HelpRequest r = seen.request();
        return new HelpView(r.id, r.tenant, r.stationId, seen.stationName(), r.category.name(), r.category.label, r.note, r.status.name(),
                r.status.label, r.escalationLevel, r.requestedAt, r.acceptedAt, r.resolvedAt, seen.acceptedByMe(), seen.mine());
    }

    static List<HelpView> ofAll(List<VisibleHelpRequest> seen) {
        return seen.stream().map(HelpView::of).toList();
    }
}
