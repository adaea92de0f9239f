package io.yizhan.volunteer.team.rest;

import io.yizhan.volunteer.team.NamedTeam;
import io.yizhan.volunteer.team.Team;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A team as the console shows it: station and members named (display names only). */
public record TeamView(UUID id, String tenant, String name, UUID stationId, String stationName, UUID leadId, List<UUID> memberIds,
                       List<Member> members, boolean retired, OffsetDateTime retiredAt) {

    public record Member(UUID id, String displayName) {
    }

    public static TeamView of(NamedTeam named) {
        Team t = named.team();
        return new TeamView(t.id(), t.tenant(), t.name(), t.stationId(), named.stationName(), t.leadId(), t.memberIds(),
                t.memberIds().stream().map(id -> new Member(id, named.memberNames().get(id))).toList(), t.retiredAt() != null, t.retiredAt());
    }
}
