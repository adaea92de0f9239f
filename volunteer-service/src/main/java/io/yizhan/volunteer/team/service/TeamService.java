package io.yizhan.volunteer.team.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.profile.Volunteer;
import io.yizhan.volunteer.profile.repository.VolunteerRepository;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.team.NamedTeam;
import io.yizhan.volunteer.team.Team;
import io.yizhan.volunteer.team.repository.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Station-butler teams: volunteers of the station's city, one of them the lead. */
@ApplicationScoped
public class TeamService {

    /** The most volunteers a team form offers at once (a city has a few hundred at most; the name filter narrows it). */
    static final int CANDIDATES = 200;

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
    public Uni<NamedTeam> create(Caller caller, NewTeam request) {
        Set<UUID> members = members(request.leadId(), request.memberIds());
        return stations.findById(request.stationId())
                .map(station -> station != null && caller.sees(station.tenant) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", request.stationId()))
                .chain(station -> ofCity(members, station.tenant).chain(() -> {
                    Team team = new Team(UUID.randomUUID(), station.tenant, request.name().strip(), station.id, request.leadId(),
                            members.stream().sorted().toList(), null);
                    return teams.insert(team, OffsetDateTime.now(clock)).replaceWith(team);
                })).chain(this::view);
    }

    /** New name, lead and members of a team the caller sees; a retired team is 409. */
    @WithTransaction
    public Uni<NamedTeam> change(Caller caller, UUID id, String name, UUID leadId, List<UUID> memberIds) {
        Set<UUID> members = members(leadId, memberIds);
        return visible(caller, id).chain(team -> {
            if (team.retiredAt() != null) {
                throw ProblemException.conflict("团队已解散，不能再修改 / this team is retired and can no longer be changed");
            }
            Team changed = new Team(team.id(), team.tenant(), name.strip(), team.stationId(), leadId, members.stream().sorted().toList(), null);
            return ofCity(members, team.tenant()).chain(() -> teams.update(changed)).map(updated -> {
                if (!updated) {
                    throw ProblemException.conflict("团队已解散，不能再修改 / this team is retired and can no longer be changed");
                }
                return changed;
            });
        }).chain(this::view);
    }

    /** Retires a team (解散): it stays in the list and in the tallies, marked retired; twice is 409. */
    @WithTransaction
    public Uni<NamedTeam> retire(Caller caller, UUID id) {
        return visible(caller, id).chain(team -> teams.retire(id, OffsetDateTime.now(clock)).map(retired -> {
            if (!retired) {
                throw ProblemException.conflict("团队已解散 / this team is already retired");
            }
            return team;
        })).chain(() -> teams.find(id)).chain(this::view);
    }

    @WithSession
    public Uni<List<NamedTeam>> list(Caller caller, UUID stationId) {
        return teams.list(caller.tenantScope().orElse(""), stationId).chain(this::views);
    }

    /** The volunteers of the station's city who may join its team, by name (at most {@link #CANDIDATES}). */
    @WithSession
    public Uni<List<Volunteer>> candidates(Caller caller, UUID stationId) {
        return stations.findById(stationId)
                .map(station -> station != null && caller.sees(station.tenant) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", stationId))
                .chain(station -> volunteers.find("tenant = ?1 order by displayName, id", station.tenant).page(0, CANDIDATES).list());
    }

    private Uni<NamedTeam> view(Team team) {
        return views(List.of(team)).map(list -> list.get(0));
    }

    /** The teams with their stations' and members' names (one query each). */
    private Uni<List<NamedTeam>> views(List<Team> list) {
        Set<UUID> people = new HashSet<>();
        list.forEach(t -> people.addAll(t.memberIds()));
        return stations.names(list.stream().map(Team::stationId).toList()).chain(stationNames ->
                (people.isEmpty() ? Uni.createFrom().item(List.<Volunteer>of()) : volunteers.list("id in ?1", people)).map(found -> {
                    Map<UUID, String> names = new HashMap<>();
                    found.forEach(v -> names.put(v.id, v.displayName));
                    return list.stream().map(t -> new NamedTeam(t, stationNames.get(t.stationId()), names)).toList();
                }));
    }

    private Uni<Team> visible(Caller caller, UUID id) {
        return teams.find(id).map(team -> team != null && caller.sees(team.tenant()) ? team : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("管家团队 / Butler team", id));
    }

    private static Set<UUID> members(UUID leadId, List<UUID> memberIds) {
        Set<UUID> members = new HashSet<>(memberIds == null ? List.of() : memberIds);
        if (leadId != null) {
            members.add(leadId);
        }
        return members;
    }

    /** Fails with 400 unless every member is a registered volunteer of the team's city. */
    private Uni<Void> ofCity(Set<UUID> members, String tenant) {
        return (members.isEmpty() ? Uni.createFrom().item(List.<Volunteer>of()) : volunteers.list("id in ?1", members)).map(found -> {
            if (found.size() != members.size() || found.stream().anyMatch(v -> !v.tenant.equals(tenant))) {
                throw ProblemException.badRequest("memberIds", "成员须为本市已登记的志愿者 / members must be registered volunteers of the station's city");
            }
            return null;
        });
    }

    /** What a team is formed with (validated by the caller). */
    public record NewTeam(String name, UUID stationId, UUID leadId, List<UUID> memberIds) {
    }
}
