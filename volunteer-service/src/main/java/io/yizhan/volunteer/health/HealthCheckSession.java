package io.yizhan.volunteer.health;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 健康检测: that a check happened at a station, of which kind; the measured values stay with the worker. */
@Entity
@Table(name = "health_check_session")
public class HealthCheckSession extends PanacheEntityBase {

    public enum Kind {
        BLOOD_PRESSURE("血压"), BLOOD_GLUCOSE("血糖"), HEART_RATE("心率"), BODY_TEMPERATURE("体温"), WEIGHT_BMI("体重与BMI"), GENERAL("综合体检");

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

    @Column(name = "device_client_id", nullable = false)
    public String deviceClientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "worker_pseudonym")
    public String workerPseudonym;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
