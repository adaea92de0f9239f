package io.yizhan.volunteer.membership.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yizhan.volunteer.membership.MembershipApplication;
import io.yizhan.volunteer.membership.VisibleApplication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An application; {@code phone} is masked except for the deciding admin of a pending one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MembershipView(UUID id, String tenant, UUID stationId, String stationName, String name, String phone, String platform,
                             String platformLabel, String status, String statusLabel, String decisionNote, OffsetDateTime createdAt,
                             OffsetDateTime decidedAt, UUID membershipId) {

    static MembershipView of(VisibleApplication seen) {
        MembershipApplication a = seen.application();
        return new MembershipView(a.id, a.tenant, a.stationId, seen.stationName(), a.name, seen.phone(), a.platform.name(),
                a.platform.label, a.status.name(), a.status.label, a.decisionNote, a.createdAt, a.decidedAt, a.membershipId);
    }

    static List<MembershipView> ofAll(List<VisibleApplication> seen) {
        return seen.stream().map(MembershipView::of).toList();
    }
}
