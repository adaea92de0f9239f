package io.yizhan.station.evaluation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A yellow or red card (黄牌/红牌) issued to a station by a rule, with the evidence it fired on. */
@Entity
@Table(name = "evaluation_card")
public class EvaluationCard extends PanacheEntityBase {

    /**
     * ISSUED → RECTIFICATION_SUBMITTED → RECTIFIED (yellow, accepted) or back to ISSUED (rejected);
     * ISSUED → ESCALATED (a yellow past its deadline, replaced by a red);
     * red: DELISTING_PROPOSED → DELISTED (province confirms) or WITHDRAWN (province declines).
     */
    public enum Status {
        ISSUED, RECTIFICATION_SUBMITTED, RECTIFIED, ESCALATED, DELISTING_PROPOSED, DELISTED, WITHDRAWN;

        public boolean open() {
            return this == ISSUED || this == RECTIFICATION_SUBMITTED || this == DELISTING_PROPOSED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(nullable = false)
    public String tenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationRule.CardColour colour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationRule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The rule's inputs as a JSON object, frozen when the card was issued. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "evidence::text", write = "?::text::jsonb")
    public String evidence;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    /** Yellow cards: rectify by then or the card turns red. */
    public OffsetDateTime deadline;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "reinspection_due")
    public LocalDate reinspectionDue;

    /** The red card that replaced this yellow one. */
    @Column(name = "escalated_to")
    public UUID escalatedTo;

    @Version
    @Column(nullable = false)
    public long version;
}
