package io.yizhan.locker;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A smart locker 智能柜 at a station, driven by one device (its OIDC client id). */
@Entity
@Table(name = "locker")
public class Locker extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(nullable = false)
    public String name;

    @Column(name = "device_client_id", nullable = false)
    public String deviceClientId;

    @Column(name = "compartment_count", nullable = false)
    public int compartmentCount;

    @Column(nullable = false)
    public boolean online;

    @Column(name = "last_heartbeat_at")
    public OffsetDateTime lastHeartbeatAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
