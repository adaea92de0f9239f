package io.yizhan.volunteer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A station as this service knows it from station-events: enough to validate its requests against. */
@Entity
@Table(name = "station_replica")
public class StationReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public double lat;

    @Column(nullable = false)
    public double lon;

    /** Login names of the station's managers, comma-separated. */
    @Column(nullable = false)
    public String managers = "";

    /** Open around the clock: the one kind of station where a duty shift may cross midnight. */
    @Column(name = "open24h", nullable = false)
    public boolean open24h;

    public boolean managedBy(String username) {
        return username != null && java.util.Arrays.asList(managers.split(",")).contains(username);
    }

    /**
     * Who may act for this station: the province, its city's admins, or one of its own managers
     * (a station manager of the same city who does not manage it may not: issue 24).
     */
    public boolean manageableBy(io.yizhan.common.tenant.Caller caller) {
        // roles first: a worker (who may carry no city at all) simply cannot manage, which is not a 403
        boolean mayManage = caller.isProvinceAdmin() || caller.has(io.yizhan.common.tenant.Roles.CITY_ADMIN)
                || caller.has(io.yizhan.common.tenant.Roles.STATION_MANAGER) && managedBy(caller.username());
        return mayManage && caller.sees(tenant);
    }

    /** The station's version the replica reflects; an event with a lower or equal one is stale. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
