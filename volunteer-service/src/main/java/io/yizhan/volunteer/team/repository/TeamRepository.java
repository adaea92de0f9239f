package io.yizhan.volunteer.team.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.team.Team;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tables team and team_member (native SQL). Call inside a session. */
@ApplicationScoped
public class TeamRepository {

    public Uni<Void> insert(Team team, OffsetDateTime createdAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO team (id, tenant, name, station_id, lead_id,"
                                + " created_at) VALUES (:id, :tenant, :name, :station, :lead, :at)")
                        .setParameter("id", team.id()).setParameter("tenant", team.tenant()).setParameter("name", team.name())
                        .setParameter("station", team.stationId()).setParameter("lead", team.leadId()).setParameter("at", createdAt)
                        .executeUpdate()
                        .chain(() -> Multi.createFrom().iterable(team.memberIds()).onItem().transformToUniAndConcatenate(member -> s
                                .createNativeQuery("INSERT INTO team_member (team_id, volunteer_id) VALUES (:team, :v)")
                                .setParameter("team", team.id()).setParameter("v", member).executeUpdate()).collect().asList()))
                .replaceWithVoid();
    }

    /** Teams of {@code tenant} (empty: every city), of one station when {@code stationId} is given, by name. */
    @SuppressWarnings("unchecked")
    public Uni<List<Team>> list(String tenant, UUID stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT t.id, t.tenant, t.name, t.station_id, t.lead_id, m.volunteer_id"
                        + " FROM team t LEFT JOIN team_member m ON m.team_id = t.id"
                        + " WHERE (:tenant = '' OR t.tenant = :tenant) AND (CAST(:station AS uuid) IS NULL OR t.station_id = CAST(:station AS uuid))"
                        + " ORDER BY t.name, t.id", Object[].class)
                .setParameter("tenant", tenant).setParameter("station", stationId == null ? null : stationId.toString())
                .getResultList()).map(rows -> {
                    Map<UUID, Team> teams = new LinkedHashMap<>();
                    Map<UUID, List<UUID>> members = new LinkedHashMap<>();
                    for (Object[] r : (List<Object[]>) (List<?>) rows) {
                        UUID id = (UUID) r[0];
                        members.computeIfAbsent(id, k -> new ArrayList<>());
                        if (r[5] != null) {
                            members.get(id).add((UUID) r[5]);
                        }
                        teams.putIfAbsent(id, new Team(id, (String) r[1], (String) r[2], (UUID) r[3], (UUID) r[4], members.get(id)));
                    }
                    return List.copyOf(teams.values());
                });
    }
}
