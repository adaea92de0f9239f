package io.yizhan.station.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Inspection checklists, plans and their drawn stations (plain SQL: they are written once, read as a whole). */
@ApplicationScoped
public class InspectionPlanRepository {

    public record Plan(UUID id, LocalDate from, LocalDate to, String kind, int perCity, long seed, OffsetDateTime createdAt,
                       String createdBy) {
    }

    public record Drawn(UUID stationId, String tenant, String name, int position, boolean inspected) {
    }

    /** The current checklist: its version and items as JSON text. */
    public Uni<Object[]> currentChecklist() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT version, items::text FROM inspection_checklist ORDER BY version DESC LIMIT 1", Object[].class)
                .getSingleResult()).map(row -> (Object[]) row);
    }

    public Uni<Integer> addChecklist(String itemsJson, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO inspection_checklist (version, items, created_at, created_by)"
                                + " SELECT coalesce(max(version), 0) + 1, cast(cast(:items AS text) AS jsonb), now(), :by FROM inspection_checklist"
                                + " RETURNING version", Integer.class)
                .setParameter("items", itemsJson).setParameter("by", by).getSingleResult());
    }

    /** Candidates of a draw: a city's open and warned stations in a fixed order. */
    public Uni<List<UUID>> candidates(String tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM station WHERE tenant = :tenant AND status IN ('OPEN', 'WARNED') ORDER BY id", UUID.class)
                .setParameter("tenant", tenant).getResultList());
    }

    public Uni<Void> insert(Plan plan) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO inspection_plan (id, period_from, period_to, kind, per_city, seed, created_at, created_by)"
                                + " VALUES (:id, :from, :to, :kind, :perCity, :seed, :at, :by)")
                .setParameter("id", plan.id()).setParameter("from", plan.from()).setParameter("to", plan.to())
                .setParameter("kind", plan.kind()).setParameter("perCity", plan.perCity()).setParameter("seed", plan.seed())
                .setParameter("at", plan.createdAt()).setParameter("by", plan.createdBy()).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> draw(UUID planId, UUID stationId, String tenant, int position) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO inspection_plan_station (plan_id, station_id, tenant, position) VALUES (:plan, :station, :tenant, :position)")
                .setParameter("plan", planId).setParameter("station", stationId).setParameter("tenant", tenant)
                .setParameter("position", position).executeUpdate()).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    public Uni<Optional<Plan>> find(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id, to_char(period_from, 'YYYY-MM-DD'), to_char(period_to, 'YYYY-MM-DD'), kind, per_city, seed,"
                                + " extract(epoch FROM created_at)::float8, created_by FROM inspection_plan WHERE id = :id", Object[].class)
                .setParameter("id", id).getResultList()).map(rows -> ((List<Object[]>) (List<?>) rows).stream().findFirst().map(r ->
                new Plan((UUID) r[0], LocalDate.parse((String) r[1]), LocalDate.parse((String) r[2]), (String) r[3],
                        ((Number) r[4]).intValue(), ((Number) r[5]).longValue(),
                        java.time.Instant.ofEpochMilli(Math.round(((Number) r[6]).doubleValue() * 1000))
                                .atOffset(java.time.ZoneOffset.ofHours(8)), (String) r[7])));
    }

    /** Drawn stations of a plan (one city's, or all), and whether an inspection under the plan was recorded. */
    @SuppressWarnings("unchecked")
    public Uni<List<Drawn>> drawn(UUID planId, Optional<String> tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT p.station_id, p.tenant, st.name, p.position,"
                                + " EXISTS (SELECT 1 FROM inspection i WHERE i.plan_id = p.plan_id AND i.station_id = p.station_id)"
                                + " FROM inspection_plan_station p JOIN station st ON st.id = p.station_id"
                                + " WHERE p.plan_id = :plan AND (cast(:tenant AS varchar) IS NULL OR p.tenant = :tenant)"
                                + " ORDER BY p.tenant, p.position", Object[].class)
                .setParameter("plan", planId).setParameter("tenant", tenant.orElse(null)).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> new Drawn((UUID) r[0], (String) r[1],
                        (String) r[2], ((Number) r[3]).intValue(), (Boolean) r[4])).toList());
    }

    public Uni<Boolean> isDrawn(UUID planId, UUID stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT count(*)::bigint FROM inspection_plan_station WHERE plan_id = :plan AND station_id = :station", Long.class)
                .setParameter("plan", planId).setParameter("station", stationId).getSingleResult()).map(n -> n > 0);
    }
}
