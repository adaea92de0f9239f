package io.yizhan.volunteer.membership;

import java.util.UUID;

/** Applications approved in a period at one station. */
public record NewMembers(UUID stationId, String stationName, String tenant, long members) {
}
