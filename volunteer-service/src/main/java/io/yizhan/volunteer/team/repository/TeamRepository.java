package io.yizhan.volunteer.team.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.team.Team;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
                        .executeUpdate())
                .chain(() -> insertMembers(team));
    }

    /** Replaces the name, lead and members of a team that is not retired; false if it is (or is gone). */
    public Uni<Boolean> update(Team team) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE team SET name = :name, lead_id = :lead"
                                + " WHERE id = :id AND retired_at IS NULL")
                        .setParameter("id", team.id()).setParameter("name", team.name()).setParameter("lead", team.leadId())
                        .executeUpdate()
                        .chain(updated -> updated == 0 ? Uni.createFrom().item(false)
                                : s.createNativeQuery("DELETE FROM team_member WHERE team_id = :team").setParameter("team", team.id())
                                        .executeUpdate().chain(() -> insertMembers(team)).replaceWith(true)));
    }

    /** Retires a team once; false if it was already retired (or is gone). */
    public Uni<Boolean> retire(UUID id, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE team SET retired_at = :at WHERE id = :id AND retired_at IS NULL")
                .setParameter("id", id).setParameter("at", at).executeUpdate()).map(updated -> updated > 0);
    }

    private Uni<Void> insertMembers(Team team) {
        return Panache.getSession().chain(s -> Multi.createFrom().iterable(team.memberIds()).onItem().transformToUniAndConcatenate(member -> s
                .createNativeQuery("INSERT INTO team_member (team_id, volunteer_id) VALUES (:team, :v)")
                .setParameter("team", team.id()).setParameter("v", member).executeUpdate()).collect().asList()).replaceWithVoid();
    }

    /** One team with its members, whatever its city (the service checks the caller sees it); null if none. */
    public Uni<Team> find(UUID id) {
        return select("", null, id).map(teams -> teams.isEmpty() ? null : teams.get(0));
    }

    /** Teams of {@code tenant} (empty: every city), of one station when {@code stationId} is given, by name. */
    public Uni<List<Team>> list(String tenant, UUID stationId) {
        return select(tenant, stationId, null);
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Team>> select(String tenant, UUID stationId, UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT t.id, t.tenant, t.name, t.station_id, t.lead_id, t.retired_at,"
                        + " m.volunteer_id FROM team t LEFT JOIN team_member m ON m.team_id = t.id"
                        + " WHERE (:tenant = '' OR t.tenant = :tenant) AND (CAST(:station AS uuid) IS NULL OR t.station_id = CAST(:station AS uuid))"
                        + " AND (CAST(:id AS uuid) IS NULL OR t.id = CAST(:id AS uuid))"
                        + " ORDER BY t.name, t.id, m.volunteer_id", Object[].class)
                .setParameter("tenant", tenant).setParameter("station", stationId == null ? null : stationId.toString())
                .setParameter("id", id == null ? null : id.toString())
                .getResultList()).map(rows -> {
                    Map<UUID, Team> teams = new LinkedHashMap<>();
                    Map<UUID, List<UUID>> members = new LinkedHashMap<>();
                    for (Object[] r : (List<Object[]>) (List<?>) rows) {
                        UUID teamId = (UUID) r[0];
                        members.computeIfAbsent(teamId, k -> new ArrayList<>());
                        if (r[6] != null) {
                            members.get(teamId).add((UUID) r[6]);
                        }
                        teams.putIfAbsent(teamId, new Team(teamId, (String) r[1], (String) r[2], (UUID) r[3], (UUID) r[4], members.get(teamId),
                                retiredAt(r[5])));
                    }
                    return List.copyOf(teams.values());
                });
    }

    /** A timestamptz of a native query: Hibernate hands it over as OffsetDateTime, Instant or Timestamp by its type settings. */
    private static OffsetDateTime retiredAt(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant at) {
            return at.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
