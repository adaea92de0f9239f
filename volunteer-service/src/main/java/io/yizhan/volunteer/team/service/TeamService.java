package io.yizhan.volunteer.team.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.profile.repository.VolunteerRepository;
import io.yizhan.volunteer.team.rest.TeamRequest;
import io.yizhan.volunteer.team.rest.TeamView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Station-butler teams: volunteers of the station's city, one of them the lead. */
@ApplicationScoped
public class TeamService {

    private final StationReplicaRepository stations;
    private final VolunteerRepository volunteers;

    public TeamService(StationReplicaRepository stations, VolunteerRepository volunteers) {
        this.stations = stations;
        this.volunteers = volunteers;
    }

    @WithTransaction
    public Uni<TeamView> create(Caller caller, TeamRequest request) {
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
                    UUID id = UUID.randomUUID();
                    return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO team (id, tenant, name, station_id, lead_id,"
                                    + " created_at) VALUES (:id, :tenant, :name, :station, :lead, now())")
                            .setParameter("id", id).setParameter("tenant", station.tenant).setParameter("name", request.name().strip())
                            .setParameter("station", station.id).setParameter("lead", request.leadId()).executeUpdate()
                            .chain(() -> Multi.createFrom().iterable(members).onItem().transformToUniAndConcatenate(member -> s
                                    .createNativeQuery("INSERT INTO team_member (team_id, volunteer_id) VALUES (:team, :v)")
                                    .setParameter("team", id).setParameter("v", member).executeUpdate()).collect().asList()))
                            .map(ignored -> new TeamView(id, station.tenant, request.name().strip(), station.id, request.leadId(),
                                    members.stream().sorted().toList()));
                }));
    }

    @WithSession
    @SuppressWarnings("unchecked")
    public Uni<List<TeamView>> list(Caller caller, UUID stationId) {
        String tenant = caller.tenantScope().orElse("");
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT t.id, t.tenant, t.name, t.station_id, t.lead_id, m.volunteer_id"
                        + " FROM team t LEFT JOIN team_member m ON m.team_id = t.id"
                        + " WHERE (:tenant = '' OR t.tenant = :tenant) AND (CAST(:station AS uuid) IS NULL OR t.station_id = CAST(:station AS uuid))"
                        + " ORDER BY t.name, t.id", Object[].class)
                .setParameter("tenant", tenant).setParameter("station", stationId == null ? null : stationId.toString())
                .getResultList()).map(rows -> {
                    Map<UUID, TeamView> teams = new LinkedHashMap<>();
                    Map<UUID, List<UUID>> members = new LinkedHashMap<>();
                    for (Object[] r : (List<Object[]>) (List<?>) rows) {
                        UUID id = (UUID) r[0];
                        members.computeIfAbsent(id, k -> new ArrayList<>());
                        if (r[5] != null) {
                            members.get(id).add((UUID) r[5]);
                        }
                        teams.putIfAbsent(id, new TeamView(id, (String) r[1], (String) r[2], (UUID) r[3], (UUID) r[4], members.get(id)));
                    }
                    return List.copyOf(teams.values());
                });
    }
}
