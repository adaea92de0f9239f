package io.yizhan.station.doors;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A door device of a 24-hour station, bound by its OIDC client id to exactly one station. */
@Entity
@Table(name = "door_device")
public class DoorDevice extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
