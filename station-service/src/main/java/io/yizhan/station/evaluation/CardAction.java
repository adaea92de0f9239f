package io.yizhan.station.evaluation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in a card's audit trail: who did what, when, with what words and photos. */
@Entity
@Table(name = "evaluation_card_action")
public class CardAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "card_id", nullable = false)
    public UUID cardId;

    /** ISSUED, RECTIFICATION_SUBMITTED, RECTIFICATION_ACCEPTED, RECTIFICATION_REJECTED, REINSPECTION_SCHEDULED, ESCALATED, DELISTING_CONFIRMED, DELISTING_DECLINED. */
    @Column(nullable = false)
    public String action;

    /** A login name, or "system" for the rules. */
    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String note;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "photos::text", write = "?::text::jsonb")
    public String photos = "[]";
}
