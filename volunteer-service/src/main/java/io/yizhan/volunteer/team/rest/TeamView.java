package io.yizhan.volunteer.team.rest;

import io.yizhan.volunteer.team.Team;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A team as the console shows it: station and members named (display names only). */
public record TeamView(UUID id, String tenant, String name, UUID stationId, String stationName, UUID leadId, List<UUID> memberIds,
                       List<Member> members, boolean retired, OffsetDateTime retiredAt) {

    public record Member(UUID id, String displayName) {
    }

    public static TeamView of(Team t, Map<UUID, String> stationNames, Map<UUID, String> volunteerNames) {
        return new TeamView(t.id(), t.tenant(), t.name(), t.stationId(), stationNames.get(t.stationId()), t.leadId(), t.memberIds(),
                t.memberIds().stream().map(id -> new Member(id, volunteerNames.get(id))).toList(), t.retiredAt() != null, t.retiredAt());
    }
}
