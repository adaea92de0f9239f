package io.yizhan.volunteer.wish;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 微心愿: a worker's small wish, reviewed, then claimed by one donor and fulfilled at a station. */
@Entity
@Table(name = "wish")
public class Wish extends PanacheEntityBase {

    public enum Status { PENDING_REVIEW, PUBLISHED, REJECTED, CLAIMED, FULFILLED }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    /** The worker's token subject: only they and reviewing admins see the wish in full. */
    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String description;

    @Column(name = "value_cap_fen", nullable = false)
    public int valueCapFen;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claim_expires_at")
    public OffsetDateTime claimExpiresAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "fulfilled_at")
    public OffsetDateTime fulfilledAt;
}
