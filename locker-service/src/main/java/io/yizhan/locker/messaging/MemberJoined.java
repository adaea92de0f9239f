package io.yizhan.locker.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code data} of volunteer-service's {@code yizhan.volunteer.member-joined}: who became a union member, never their name or phone. */
public record MemberJoined(UUID membershipId, UUID stationId, String tenant, String subject, String platform, OffsetDateTime at) {
}
