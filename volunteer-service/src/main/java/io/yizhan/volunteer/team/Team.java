package io.yizhan.volunteer.team;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A station-butler team of the station's city, with its lead (who is also a member); a retired team
 * ({@code retiredAt} set) keeps its history but can no longer be changed.
 */
public record Team(UUID id, String tenant, String name, UUID stationId, UUID leadId, List<UUID> memberIds, OffsetDateTime retiredAt) {
}
