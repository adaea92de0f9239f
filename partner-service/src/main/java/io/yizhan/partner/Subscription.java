package io.yizhan.partner;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner's webhook endpoint with the event types and the area (cities or a box) it wants. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String secret;

    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    /** Comma-separated tenant codes, or null when the subscription filters by box. */
    public String cities;

    /** The box in GCJ-02 degrees, or all null. */
    @Column(name = "min_lng")
    public Double minLng;
    @Column(name = "min_lat")
    public Double minLat;
    @Column(name = "max_lng")
    public Double maxLng;
    @Column(name = "max_lat")
    public Double maxLat;

    public String description;

    @Column(nullable = false)
    public String status;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "suspended_at")
    public OffsetDateTime suspendedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public List<String> eventTypeList() {
        return Partner.split(eventTypes);
    }

    public List<String> cityList() {
        return Partner.split(cities);
    }

    public boolean hasBox() {
        return minLng != null;
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
