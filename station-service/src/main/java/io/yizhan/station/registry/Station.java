package io.yizhan.station.registry;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

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

    @Column(name = "area_m2")
    public java.math.BigDecimal areaM2;

    @Column(name = "build_year")
    public Integer buildYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "build_kind")
    public BuildKind buildKind;

    // List-valued columns are jsonb (arrays, searchable with @> and GIN) held here as their JSON text
    // (written as text, else the reactive driver would send a JSON string):
    // Hibernate Reactive decodes jsonb only into objects, so StationMapper converts. See V2 migration.

    /** Codes from the amenity vocabulary (table amenity), as a JSON array. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "amenities::text", write = "?::text::jsonb")
    public String amenities = "[]";

    /** Photo URLs, as a JSON array. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "photos::text", write = "?::text::jsonb")
    public String photos = "[]";

    @Column(name = "open_24h", nullable = false)
    public boolean open24h;

    /** {@link OpeningWindow}s as a JSON array. */
    @Column(name = "weekly_hours", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "weekly_hours::text", write = "?::text::jsonb")
    public String weeklyHours = "[]";

    /** {@link HoursException}s as a JSON array. */
    @Column(name = "hours_exceptions", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "hours_exceptions::text", write = "?::text::jsonb")
    public String hoursExceptions = "[]";

    @Column(name = "hours_verified_at")
    public OffsetDateTime hoursVerifiedAt;

    @Column(name = "hours_verified_by")
    public String hoursVerifiedBy;

    /** When it last opened (from planned or suspended); the evaluation judges it from then on. */
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    /**
     * When Yizhan began to receive its evidence (the demo load, an import); null = since registration.
     * Time before it is not judged: no evidence there proves nothing.
     */
    @Column(name = "evidence_since")
    public OffsetDateTime evidenceSince;

    /** When its posted hours last changed; opening periods before then are not held against it. */
    @Column(name = "hours_changed_at")
    public OffsetDateTime hoursChangedAt;

    /** Increases with every change; events carry it so replicas ignore stale ones. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
