package io.yizhan.station.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The daily run's scorecard snapshots and the station lists the run walks. */
@ApplicationScoped
public class ScorecardRepository {

    public Uni<Void> save(UUID stationId, String tenant, OffsetDateTime asOf, Integer score, String signalsJson) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO station_scorecard (station_id, tenant, as_of, score, signals)"
                                + " VALUES (:station, :tenant, :asOf, :score, cast(cast(:signals AS text) AS jsonb))"
                                + " ON CONFLICT (station_id) DO UPDATE SET as_of = EXCLUDED.as_of, score = EXCLUDED.score,"
                                + " signals = EXCLUDED.signals")
                .setParameter("station", stationId).setParameter("tenant", tenant).setParameter("asOf", asOf)
                .setParameter("score", score).setParameter("signals", signalsJson).executeUpdate()).replaceWithVoid();
    }

    /** Stations the rules judge: open or warned, of one city or all. */
    @SuppressWarnings("unchecked")
    public Uni<List<UUID>> judged(Optional<String> tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM station WHERE status IN ('OPEN', 'WARNED') AND (cast(:tenant AS varchar) IS NULL OR tenant = :tenant)"
                                + " ORDER BY id", UUID.class)
                .setParameter("tenant", tenant.orElse(null)).getResultList());
    }

    /** Whether this transaction may judge the station now: another replica's run may hold it. */
    public Uni<Boolean> lock(UUID stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT pg_try_advisory_xact_lock(hashtextextended(cast(:id AS text), 7))", Boolean.class)
                .setParameter("id", stationId.toString()).getSingleResult());
    }

    /** Rows for the CSV export: station, city, status, snapshot; stations never judged have no snapshot. */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> export(Optional<String> tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT st.id::text, st.tenant, st.name, st.district, st.status, to_char(sc.as_of AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'),"
                                + " sc.score, sc.signals::text,"
                                + " (SELECT count(*) FROM evaluation_card c WHERE c.station_id = st.id AND c.colour = 'YELLOW' AND c.status IN ('ISSUED','RECTIFICATION_SUBMITTED'))::bigint,"
                                + " (SELECT count(*) FROM evaluation_card c WHERE c.station_id = st.id AND c.colour = 'RED' AND c.status = 'DELISTING_PROPOSED')::bigint"
                                + " FROM station st LEFT JOIN station_scorecard sc ON sc.station_id = st.id"
                                + " WHERE st.status IN ('OPEN', 'WARNED', 'DELISTED') AND (cast(:tenant AS varchar) IS NULL OR st.tenant = :tenant)"
                                + " ORDER BY st.tenant, st.district, st.name", Object[].class)
                .setParameter("tenant", tenant.orElse(null)).getResultList()).map(rows -> (List<Object[]>) (List<?>) rows);
    }
}
