package io.yizhan.volunteer.membership;

import java.util.UUID;

/** A worker's application to join the union at a station; {@code tenant}, if given, must be the station's city. */
public record JoinRequest(String name, String phone, MembershipApplication.Platform platform, String tenant, UUID stationId) {
}
