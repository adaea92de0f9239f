package io.yizhan.volunteer.team.rest;

import io.yizhan.volunteer.team.Team;

import java.util.List;
import java.util.UUID;

public record TeamView(UUID id, String tenant, String name, UUID stationId, UUID leadId, List<UUID> memberIds) {

    public static TeamView of(Team t) {
        return new TeamView(t.id(), t.tenant(), t.name(), t.stationId(), t.leadId(), t.memberIds());
    }
}
