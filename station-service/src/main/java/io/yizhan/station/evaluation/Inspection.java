package io.yizhan.station.evaluation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.annotations.ColumnTransformer;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A filled-in inspection sheet (检查): scores per checklist item, remarks, photos, total. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    /** 随机抽查, 交叉互查 (an inspector from another city), 第三方评估. */
    public enum Kind { RANDOM, MUTUAL, THIRD_PARTY }

    /** The points given for one checklist item; the sheet keeps them in its scores column as JSON. */
    public record Score(
            @NotBlank(message = "请填写检查项代码 / code is required")
            String code,
            @NotNull(message = "请填写得分 / points is required")
            @Min(value = 0, message = "得分不能为负 / points cannot be negative")
            Integer points) {
    }

    @Id
    public UUID id;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "plan_id")
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The inspector's name or organisation as written on the sheet. */
    @Column(nullable = false)
    public String inspector;

    /** The inspector's city for mutual inspections. */
    @Column(name = "inspector_tenant")
    public String inspectorTenant;

    /** The inspection body whose inspector recorded the sheet (from the token); null when an admin recorded it. */
    @Column(name = "inspection_body")
    public String inspectionBody;

    @Column(name = "checklist_version", nullable = false)
    public int checklistVersion;

    /** [{"code","points"}] as awarded. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "scores::text", write = "?::text::jsonb")
    public String scores;

    @Column(nullable = false)
    public int total;

    @Column(name = "max_total", nullable = false)
    public int maxTotal;

    @Column(name = "base_met", nullable = false)
    public boolean baseMet;

    public String remarks;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "photos::text", write = "?::text::jsonb")
    public String photos = "[]";

    @Column(name = "inspected_at", nullable = false)
    public OffsetDateTime inspectedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
