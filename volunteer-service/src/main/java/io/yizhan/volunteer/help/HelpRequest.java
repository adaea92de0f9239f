package io.yizhan.volunteer.help;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 管家求助: a worker at a station asks the butler on duty for one of the "key small matters". */
@Entity
@Table(name = "help_request")
public class HelpRequest extends PanacheEntityBase {

    public enum Category {
        WATER("饮水"), MEAL("用餐"), REST("休息"), TOILET("如厕"), CHARGING("充电"), LOCKER("智能柜打不开"), OTHER("其他");

        public final String label;

        Category(String label) {
            this.label = label;
        }
    }

    public enum Status {
        OPEN("待接单"), ACCEPTED("已接单"), RESOLVED("已解决"), CANCELLED("已取消");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /** 0: the butlers on duty; 1: also the station manager; 2: also the city union. */
    public static final int TO_MANAGER = 1;
    public static final int TO_CITY = 2;

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(nullable = false)
    public String requester;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
}
