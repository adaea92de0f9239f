package io.yizhan.volunteer.team.rest;

import java.util.List;
import java.util.UUID;

public record TeamView(UUID id, String tenant, String name, UUID stationId, UUID leadId, List<UUID> memberIds) {
}
