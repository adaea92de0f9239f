package io.yizhan.partner.notify;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message for one recipient key (see {@link Recipients}); read state is per person, apart. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Column(nullable = false)
    public boolean urgent;

    public String tenant;

    @Column(name = "station_id")
    public UUID stationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    public String link;

    @Column(nullable = false)
    public boolean digest;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "visible_from", nullable = false)
    public OffsetDateTime visibleFrom;
}
