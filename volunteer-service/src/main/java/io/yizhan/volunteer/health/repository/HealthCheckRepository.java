package io.yizhan.volunteer.health.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.health.HealthCheckSession;
import io.yizhan.volunteer.health.HealthDevice;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class HealthCheckRepository implements PanacheRepositoryBase<HealthCheckSession, UUID> {

    public Uni<HealthDevice> device(String clientId) {
        return Panache.getSession().chain(s -> s.find(HealthDevice.class, clientId));
    }

    public Uni<HealthDevice> saveDevice(HealthDevice device) {
        return Panache.getSession().chain(s -> s.merge(device));
    }

    public Uni<List<HealthDevice>> devices(String tenant) {
        return Panache.getSession().chain(s -> (tenant == null
                ? s.createSelectionQuery("from HealthDevice order by tenant, clientId", HealthDevice.class)
                : s.createSelectionQuery("from HealthDevice where tenant = :t order by clientId", HealthDevice.class).setParameter("t", tenant))
                .getResultList());
    }

    /** Sessions each device recorded since {@code from}, of one city (null: all) or one device (null: all): client id to count. */
    @SuppressWarnings("unchecked")
    public Uni<Map<String, Long>> sessionsPerDevice(String tenant, String clientId, OffsetDateTime from) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT device_client_id, count(*) FROM health_check_session"
                        + " WHERE at >= :from AND (CAST(:tenant AS varchar) IS NULL OR tenant = :tenant)"
                        + " AND (CAST(:device AS varchar) IS NULL OR device_client_id = :device) GROUP BY 1", Object[].class)
                .setParameter("from", from).setParameter("tenant", tenant).setParameter("device", clientId)
                .getResultList()).map(rows -> ((List<Object[]>) (List<?>) rows).stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue())));
    }

    /** Sessions per station and station-local day in [from, to). */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> perStationAndDay(String tenant, UUID stationId, OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT station_id::text, tenant,"
                        + " to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), count(*) FROM health_check_session"
                        + " WHERE at >= :from AND at < :to AND (CAST(:tenant AS varchar) IS NULL OR tenant = :tenant)"
                        + " AND (CAST(:station AS uuid) IS NULL OR station_id = :station)"
                        + " GROUP BY 1, 2, 3 ORDER BY 3, 2, 1", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("tenant", tenant).setParameter("station", stationId)
                .getResultList()).map(rows -> (List<Object[]>) (List<?>) rows);
    }
}
