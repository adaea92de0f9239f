package io.yizhan.station.registry;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A worker's report that a station is closed, has moved or is described wrongly; queued for its city admin. */
@Entity
@Table(name = "station_report")
public class StationReport extends PanacheEntityBase {

    public enum Kind { CLOSED, MOVED, WRONG_INFO }

    public enum Status { OPEN, RESOLVED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(nullable = false)
    public String tenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String note;

    /** The reporter's token subject: enough to show them their reports, nothing more about them. */
    @Column(nullable = false)
    public String reporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    public String resolution;
}
