package io.yizhan.partner;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Where a station is and its status, from station-events: locker events carry only the station id. */
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

    /** WGS-84, as the events carry it. */
    @Column(nullable = false)
    public double lat;

    @Column(nullable = false)
    public double lon;

    /** login names of its managers, comma-separated (the notifications' "this station's managers") */
    @Column(nullable = false)
    public String managers;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
