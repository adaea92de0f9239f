package io.yizhan.volunteer.health.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.health.HealthCheckSession;
import io.yizhan.volunteer.health.HealthDevice;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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
