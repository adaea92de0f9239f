package io.yizhan.volunteer.membership;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code data} of member-joined: the Keycloak subject locker-service keys members by; no name, no phone. */
public record MemberJoinedPayload(UUID membershipId, UUID stationId, String tenant, String subject, String platform,
                                  OffsetDateTime at) {
}
