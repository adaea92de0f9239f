package io.yizhan.volunteer.rights;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 维权求助: a worker's private labour-rights matter, handled by the city union's rights desk. */
@Entity
@Table(name = "rights_case")
public class RightsCase extends PanacheEntityBase {

    public enum Category {
        UNPAID_WAGES("欠薪"), ACCIDENT("工伤与事故"), PLATFORM_PENALTY("平台处罚与封号"), CONTRACT("劳动合同"), OTHER("其他");

        public final String label;

        Category(String label) {
            this.label = label;
        }
    }

    public enum Status {
        SUBMITTED("待回复"), IN_PROGRESS("处理中"), CLOSED("已办结");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @Column(name = "case_number", nullable = false, unique = true)
    public String caseNumber;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "station_id")
    public UUID stationId;

    @Column(nullable = false)
    public String requester;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(nullable = false)
    public String description;

    /** Seen by the desk only; the worker sees it masked. */
    @Column(nullable = false)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "first_reply_due", nullable = false)
    public OffsetDateTime firstReplyDue;

    @Column(name = "first_reply_at")
    public OffsetDateTime firstReplyAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
}
