package io.yizhan.volunteer.membership.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An application; {@code phone} is masked except for the deciding admin of a pending one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MembershipView(UUID id, String tenant, UUID stationId, String stationName, String name, String phone, String platform,
                             String platformLabel, String status, String statusLabel, String decisionNote, OffsetDateTime createdAt,
                             OffsetDateTime decidedAt, UUID membershipId) {
}
