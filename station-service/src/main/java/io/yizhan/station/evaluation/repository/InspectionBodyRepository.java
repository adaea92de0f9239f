package io.yizhan.station.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Outside inspection bodies and the stations assigned to them (plain SQL, like the plans). */
@ApplicationScoped
public class InspectionBodyRepository {

    public record Body(String code, String name) {
    }

    public record Assignment(UUID id, String body, String bodyName, UUID stationId, String stationName, String address,
                             String tenant, LocalDate from, LocalDate due, UUID inspectionId) {
    }

    public Uni<Boolean> insertBody(String code, String name, OffsetDateTime at, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO inspection_body (code, name, created_at, created_by) VALUES (:code, :name, :at, :by)"
                                + " ON CONFLICT (code) DO NOTHING")
                .setParameter("code", code).setParameter("name", name).setParameter("at", at).setParameter("by", by)
                .executeUpdate()).map(n -> n > 0);
    }

    @SuppressWarnings("unchecked")
    public Uni<List<Body>> bodies() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT code, name FROM inspection_body ORDER BY code", Object[].class)
                .getResultList()).map(rows -> ((List<Object[]>) (List<?>) rows).stream()
                .map(r -> new Body((String) r[0], (String) r[1])).toList());
    }

    public Uni<Map<String, String>> names() {
        return bodies().map(list -> list.stream().collect(Collectors.toMap(Body::code, Body::name)));
    }

    public Uni<Optional<Body>> body(String code) {
        return bodies().map(list -> list.stream().filter(b -> b.code().equals(code)).findFirst());
    }

    /** Inserts an assignment; false when the station is already given to the body for that period. */
    public Uni<Boolean> assign(UUID id, String body, UUID stationId, String tenant, LocalDate from, LocalDate due,
                               OffsetDateTime at, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO inspection_assignment (id, body_code, station_id, tenant, period_from, due, assigned_at, assigned_by)"
                                + " VALUES (:id, :body, :station, :tenant, :from, :due, :at, :by)"
                                + " ON CONFLICT (body_code, station_id, period_from) DO NOTHING")
                .setParameter("id", id).setParameter("body", body).setParameter("station", stationId).setParameter("tenant", tenant)
                .setParameter("from", from).setParameter("due", due).setParameter("at", at).setParameter("by", by)
                .executeUpdate()).map(n -> n > 0);
    }

    /** Assignments, filtered by body and city when given, the open ones first, then by due date. */
    @SuppressWarnings("unchecked")
    public Uni<List<Assignment>> search(Optional<String> body, Optional<String> tenant, Optional<UUID> stationId, int page, int size) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT a.id, a.body_code, b.name, a.station_id, st.name, st.address, a.tenant,"
                                + " to_char(a.period_from, 'YYYY-MM-DD'), to_char(a.due, 'YYYY-MM-DD'), a.inspection_id"
                                + " FROM inspection_assignment a JOIN inspection_body b ON b.code = a.body_code"
                                + " JOIN station st ON st.id = a.station_id" + where()
                                + " ORDER BY a.inspection_id IS NOT NULL, a.due, st.name, a.id LIMIT :limit OFFSET :offset", Object[].class)
                .setParameter("body", body.orElse(null)).setParameter("tenant", tenant.orElse(null))
                .setParameter("station", stationId.orElse(null))
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> new Assignment((UUID) r[0], (String) r[1],
                        (String) r[2], (UUID) r[3], (String) r[4], (String) r[5], (String) r[6], LocalDate.parse((String) r[7]),
                        LocalDate.parse((String) r[8]), (UUID) r[9])).toList());
    }

    public Uni<Long> count(Optional<String> body, Optional<String> tenant, Optional<UUID> stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT count(*)::bigint FROM inspection_assignment a" + where(), Long.class)
                .setParameter("body", body.orElse(null)).setParameter("tenant", tenant.orElse(null))
                .setParameter("station", stationId.orElse(null)).getSingleResult());
    }

    private static String where() {
        return " WHERE (cast(:body AS varchar) IS NULL OR a.body_code = :body)"
                + " AND (cast(:tenant AS varchar) IS NULL OR a.tenant = :tenant)"
                + " AND (cast(:station AS uuid) IS NULL OR a.station_id = :station)";
    }

    /**
     * The body's assignment of the station that a sheet recorded on {@code day} fulfils: still open and
     * already begun (an overdue one still counts: late is recorded, not refused); the earliest due first.
     */
    public Uni<Optional<UUID>> openAssignment(String body, UUID stationId, LocalDate day) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM inspection_assignment WHERE body_code = :body AND station_id = :station"
                                + " AND inspection_id IS NULL AND period_from <= :day ORDER BY due, id LIMIT 1", UUID.class)
                .setParameter("body", body).setParameter("station", stationId).setParameter("day", day).getResultList())
                .map(ids -> ids.stream().findFirst());
    }

    /** Marks the assignment done; false when a concurrent sheet fulfilled it first. */
    public Uni<Boolean> fulfil(UUID assignmentId, UUID inspectionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE inspection_assignment SET inspection_id = :inspection WHERE id = :id AND inspection_id IS NULL")
                .setParameter("inspection", inspectionId).setParameter("id", assignmentId).executeUpdate()).map(n -> n > 0);
    }
}
