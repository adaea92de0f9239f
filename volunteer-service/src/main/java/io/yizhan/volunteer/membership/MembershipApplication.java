package io.yizhan.volunteer.membership;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 入会申请: a worker applies at a station to join the union; the city union approves or declines. */
@Entity
@Table(name = "membership_application")
public class MembershipApplication extends PanacheEntityBase {

    public enum Platform {
        MEITUAN("美团"), ELEME("饿了么"), SF("顺丰"), JD("京东"), JT("极兔"), ZTO("中通"), YTO("圆通"), STO("申通"),
        YUNDA("韵达"), DIDI("滴滴"), HUOLALA("货拉拉"), OTHER("其他");

        public final String label;

        Platform(String label) {
            this.label = label;
        }
    }

    public enum Status {
        PENDING("待审核"), APPROVED("已入会"), DECLINED("未通过");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(nullable = false)
    public String applicant;

    public String name;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "membership_id", unique = true)
    public UUID membershipId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
