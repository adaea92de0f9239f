package io.yizhan.rating;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One rating of a station: overall score, optional dimensions and tags, an optional screened comment. */
@Entity
@Table(name = "rating")
public class Rating extends PanacheEntityBase {

    public enum CommentStatus {
        NONE("无评论"), PUBLISHED("已公开"), PENDING("待审核"), APPROVED("审核通过"), REJECTED("未通过审核");

        public final String label;

        CommentStatus(String label) {
            this.label = label;
        }

        public boolean isPublic() {
            return this == PUBLISHED || this == APPROVED;
        }
    }

    /** WORKER: a logged-in worker; QR: anonymous, with the station's QR token. */
    public enum Source { WORKER, QR }

    @Id
    public UUID id;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public Integer score;

    public Integer environment;

    public Integer facilities;

    public Integer service;

    @Column(name = "opening_as_posted")
    public Integer openingAsPosted;

    /** Tag codes, comma-separated. */
    @Column(nullable = false)
    public String tags;

    @Column(length = 500)
    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "comment_status", nullable = false)
    public CommentStatus commentStatus;

    /** The word-list entries the comment hit, comma-separated; shown to moderators only. */
    @Column(name = "screened_words")
    public String screenedWords;

    /** The worker's token subject; null for an anonymous rating. */
    public String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    /** Whether a valid QR token of the station came with it (the rater was at the station). */
    @Column(name = "qr_verified", nullable = false)
    public boolean qrVerified;

    @Column(name = "rated_at", nullable = false)
    public OffsetDateTime ratedAt;

    @Column(name = "first_rated_at", nullable = false)
    public OffsetDateTime firstRatedAt;

    /** How many times the worker replaced it within the window. */
    @Column(nullable = false)
    public int replaced;

    @Column(name = "moderated_by")
    public String moderatedBy;

    @Column(name = "moderated_at")
    public OffsetDateTime moderatedAt;

    @Column(name = "moderation_note")
    public String moderationNote;

    public List<String> tagList() {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }
}
