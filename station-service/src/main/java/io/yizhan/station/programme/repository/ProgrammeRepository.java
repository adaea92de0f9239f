package io.yizhan.station.programme.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.programme.rest.ProgrammeTargets;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Targets (table programme_target) and the registry's counts of stations built per year, city and kind. */
@ApplicationScoped
public class ProgrammeRepository {

    public Uni<Void> saveTargets(int year, String tenant, ProgrammeTargets targets, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO programme_target (year, tenant, new_stations, upgraded, smart_upgrades, updated_at, updated_by)"
                                + " VALUES (:year, :tenant, :n, :u, :s, now(), :by)"
                                + " ON CONFLICT (year, tenant) DO UPDATE SET new_stations = :n, upgraded = :u,"
                                + " smart_upgrades = :s, updated_at = now(), updated_by = :by")
                .setParameter("year", year).setParameter("tenant", tenant)
                .setParameter("n", targets.newStations()).setParameter("u", targets.upgraded())
                .setParameter("s", targets.smartUpgrades()).setParameter("by", by)
                .executeUpdate()).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    public Uni<Map<String, ProgrammeTargets>> targets(int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT tenant, new_stations, upgraded, smart_upgrades FROM programme_target WHERE year = :year", Object[].class)
                .setParameter("year", year).getResultList())
                .map(rows -> {
                    Map<String, ProgrammeTargets> byTenant = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        byTenant.put((String) row[0], new ProgrammeTargets(((Number) row[1]).intValue(),
                                ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
                    }
                    return byTenant;
                });
    }

    /** Stations built (NEW), upgraded (UPGRADE) and made smart (SMART_UPGRADE) in the year, per city. */
    @SuppressWarnings("unchecked")
    public Uni<Map<String, ProgrammeTargets>> actuals(int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT tenant,"
                                + " count(*) FILTER (WHERE build_kind = 'NEW'),"
                                + " count(*) FILTER (WHERE build_kind = 'UPGRADE'),"
                                + " count(*) FILTER (WHERE build_kind = 'SMART_UPGRADE')"
                                + " FROM station WHERE build_year = :year AND status IN ('OPEN', 'WARNED', 'SUSPENDED')"
                                + " GROUP BY tenant", Object[].class)
                .setParameter("year", year).getResultList())
                .map(rows -> {
                    Map<String, ProgrammeTargets> byTenant = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        byTenant.put((String) row[0], new ProgrammeTargets(((Number) row[1]).intValue(),
                                ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
                    }
                    return byTenant;
                });
    }
}
