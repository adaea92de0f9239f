package io.yizhan.rating;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A golden idea 金点子 for a station or a city, and the city admins' answers to its author. */
@Entity
@Table(name = "suggestion")
public class Suggestion extends PanacheEntityBase {

    public enum Status {
        SUBMITTED("已提交"), ACKNOWLEDGED("已受理"), ADOPTED("已采纳"), DECLINED("未采纳");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    /** Null for a suggestion to the whole city. */
    @Column(name = "station_id")
    public UUID stationId;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(nullable = false, length = 2000)
    public String body;

    /** The author's token subject; only they (and their city's admins) see the suggestion's status. */
    @Column(nullable = false)
    public String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(length = 1000)
    public String acknowledgement;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reply", length = 1000)
    public String decisionReply;
}
