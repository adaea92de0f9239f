package io.yizhan.station;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 驿站: a rest station of a city union. The geography column for search is derived in SQL. */
@Entity
@Table(name = "station")
public class Station extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public double lat;

    @Column(nullable = false)
    public double lon;

    @Enumerated(EnumType.STRING)
    @Column(name = "station_type", nullable = false)
    public StationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StationStatus status;

    @Column(name = "host_organisation")
    public String hostOrganisation;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** Increases with every change; events carry it so replicas ignore stale ones. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
