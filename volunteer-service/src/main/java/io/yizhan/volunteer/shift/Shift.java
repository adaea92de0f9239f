package io.yizhan.volunteer.shift;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.yizhan.volunteer.profile.Volunteer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 值班: a duty shift at a station, with a capacity; {@code confirmed} counts confirmed sign-ups. */
@Entity
@Table(name = "shift")
public class Shift extends PanacheEntityBase {

    public enum Kind {
        STATION_MASTER("一日站长"), BUTLER_DUTY("驿站管家值班"), SERVICE_ACTIVITY("服务活动");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_needed")
    public Volunteer.Kind roleNeeded;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public int confirmed;

    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
