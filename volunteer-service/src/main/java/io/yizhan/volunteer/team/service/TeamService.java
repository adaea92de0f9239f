package io.yizhan.volunteer.team.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.profile.repository.VolunteerRepository;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.team.Team;
import io.yizhan.volunteer.team.repository.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Station-butler teams: volunteers of the station's city, one of them the lead. */
@ApplicationScoped
public class TeamService {

    private final StationReplicaRepository stations;
    private final VolunteerRepository volunteers;
    private final TeamRepository teams;
    private final Clock clock;

    public TeamService(StationReplicaRepository stations, VolunteerRepository volunteers, TeamRepository teams, Clock clock) {
        this.stations = stations;
        this.volunteers = volunteers;
        this.teams = teams;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Team> create(Caller caller, NewTeam request) {
        Set<UUID> members = new HashSet<>(request.memberIds() == null ? List.of() : request.memberIds());
        if (request.leadId() != null) {
            members.add(request.leadId());
        }
        return stations.findById(request.stationId())
                .map(station -> station != null && caller.sees(station.tenant) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", request.stationId()))
                .chain(station -> (members.isEmpty() ? Uni.createFrom().item(List.<io.yizhan.volunteer.profile.Volunteer>of())
                        : volunteers.list("id in ?1", members)).chain(found -> {
                    if (found.size() != members.size() || found.stream().anyMatch(v -> !v.tenant.equals(station.tenant))) {
                        throw ProblemException.badRequest("memberIds", "成员须为本市已登记的志愿者 / members must be registered volunteers of the station's city");
                    }
                    Team team = new Team(UUID.randomUUID(), station.tenant, request.name().strip(), station.id, request.leadId(),
                            members.stream().sorted().toList());
                    return teams.insert(team, OffsetDateTime.now(clock)).replaceWith(team);
                }));
    }

    @WithSession
    public Uni<List<Team>> list(Caller caller, UUID stationId) {
        return teams.list(caller.tenantScope().orElse(""), stationId);
    }

    /** What a team is formed with (validated by the caller). */
    public record NewTeam(String name, UUID stationId, UUID leadId, List<UUID> memberIds) {
    }
}
