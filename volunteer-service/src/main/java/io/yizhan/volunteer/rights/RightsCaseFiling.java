package io.yizhan.volunteer.rights;

import java.util.UUID;

/** A worker's rights matter as they file it: the city by {@code tenant}, or by {@code stationId} (both given must agree). */
public record RightsCaseFiling(String tenant, UUID stationId, RightsCase.Category category, String description, String phone) {
}
