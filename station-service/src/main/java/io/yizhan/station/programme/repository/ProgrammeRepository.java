package io.yizhan.station.programme.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.programme.BuildCounts;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Targets (table programme_target) and the registry's counts of stations built per year, city and kind. */
@ApplicationScoped
public class ProgrammeRepository {

    public Uni<Void> saveTargets(int year, String tenant, BuildCounts targets, String by, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO programme_target (year, tenant, new_stations, upgraded, smart_upgrades, updated_at, updated_by)"
                                + " VALUES (:year, :tenant, :n, :u, :s, :at, :by)"
                                + " ON CONFLICT (year, tenant) DO UPDATE SET new_stations = :n, upgraded = :u,"
                                + " smart_upgrades = :s, updated_at = :at, updated_by = :by")
                .setParameter("year", year).setParameter("tenant", tenant)
                .setParameter("n", targets.newStations()).setParameter("u", targets.upgraded())
                .setParameter("s", targets.smartUpgrades()).setParameter("by", by).setParameter("at", at)
                .executeUpdate()).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    public Uni<Map<String, BuildCounts>> targets(int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT tenant, new_stations, upgraded, smart_upgrades FROM programme_target WHERE year = :year", Object[].class)
                .setParameter("year", year).getResultList())
                .map(rows -> {
                    Map<String, BuildCounts> byTenant = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        byTenant.put((String) row[0], new BuildCounts(((Number) row[1]).intValue(),
                                ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
                    }
                    return byTenant;
                });
    }

    /**
     * Stations built (NEW), upgraded (UPGRADE) and made smart (SMART_UPGRADE) in the year, per city:
     * the registry's build year and kind, plus the later upgrades recorded in programme_event.
     * Stations planned but not open, and delisted ones, count neither way.
     */
    @SuppressWarnings("unchecked")
    public Uni<Map<String, BuildCounts>> actuals(int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT tenant, sum(n), sum(u), sum(m) FROM ("
                                + " SELECT tenant,"
                                + " count(*) FILTER (WHERE build_kind = 'NEW') AS n,"
                                + " count(*) FILTER (WHERE build_kind = 'UPGRADE') AS u,"
                                + " count(*) FILTER (WHERE build_kind = 'SMART_UPGRADE') AS m"
                                + " FROM station WHERE build_year = :year AND status IN ('OPEN', 'WARNED', 'SUSPENDED')"
                                + " GROUP BY tenant"
                                + " UNION ALL"
                                + " SELECT e.tenant, 0, count(*) FILTER (WHERE e.kind = 'UPGRADE'),"
                                + " count(*) FILTER (WHERE e.kind = 'SMART_UPGRADE')"
                                + " FROM programme_event e JOIN station st ON st.id = e.station_id"
                                + " WHERE e.year = :year AND st.status IN ('OPEN', 'WARNED', 'SUSPENDED')"
                                + " GROUP BY e.tenant) AS done GROUP BY tenant", Object[].class)
                .setParameter("year", year).getResultList())
                .map(rows -> {
                    Map<String, BuildCounts> byTenant = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        byTenant.put((String) row[0], new BuildCounts(((Number) row[1]).intValue(),
                                ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
                    }
                    return byTenant;
                });
    }

    /** A station's city, build year and status, or null when there is none. */
    @SuppressWarnings("unchecked")
    public Uni<Object[]> station(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT tenant, build_year, status FROM station WHERE id = :id", Object[].class)
                .setParameter("id", id).getResultList())
                .map(rows -> rows.isEmpty() ? null : (Object[]) rows.get(0));
    }

    /** Records a later upgrade; false when the station already has one of that kind in that year. */
    public Uni<Boolean> recordUpgrade(UUID id, UUID stationId, String tenant, int year, String kind, String note,
                                      OffsetDateTime at, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO programme_event (id, station_id, tenant, year, kind, note, recorded_at, recorded_by)"
                                + " VALUES (:id, :station, :tenant, :year, :kind, :note, :at, :by)"
                                + " ON CONFLICT (station_id, year, kind) DO NOTHING")
                .setParameter("id", id).setParameter("station", stationId).setParameter("tenant", tenant)
                .setParameter("year", year).setParameter("kind", kind).setParameter("note", note)
                .setParameter("at", at).setParameter("by", by)
                .executeUpdate()).map(inserted -> inserted > 0);
    }

    private static final String HISTORY =
            " FROM (SELECT st.id AS station_id, st.name, st.tenant, st.build_kind AS kind, st.build_year AS year,"
                    + " 'BUILD' AS source, st.created_at AS at, CAST(NULL AS varchar) AS note"
                    + " FROM station st WHERE st.build_year = :year AND st.build_kind IS NOT NULL"
                    + " UNION ALL"
                    + " SELECT e.station_id, st.name, e.tenant, e.kind, e.year, 'UPGRADE_RECORDED', e.recorded_at, e.note"
                    + " FROM programme_event e JOIN station st ON st.id = e.station_id WHERE e.year = :year) AS h"
                    + " WHERE (:tenant = '' OR h.tenant = :tenant)";

    /**
     * The year's history, newest first: each station built that year (from the registry) and each
     * later upgrade recorded for that year, of one city or ({@code ""}) all. Rows: station id, name, city,
     * kind, year, source, at, note.
     */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> history(int year, String tenant, int page, int size) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT h.station_id, h.name, h.tenant, h.kind, h.year, h.source, h.at, h.note" + HISTORY
                                + " ORDER BY h.at DESC, h.station_id LIMIT :size OFFSET :offset", Object[].class)
                .setParameter("year", year).setParameter("tenant", tenant)
                .setParameter("size", size).setParameter("offset", page * size).getResultList())
                .map(rows -> (List<Object[]>) (List<?>) rows);
    }

    public Uni<Long> historyCount(int year, String tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT count(*)" + HISTORY, Long.class)
                .setParameter("year", year).setParameter("tenant", tenant).getSingleResult());
    }
}
