package io.yizhan.station.evaluation.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import io.yizhan.station.evaluation.CardAction;
import io.yizhan.station.evaluation.EvaluationCard;
import io.yizhan.station.evaluation.Inspection;
import io.yizhan.station.evaluation.rest.CardView;
import io.yizhan.station.evaluation.rest.InspectionSummary;
import io.yizhan.station.evaluation.rest.InspectionView;
import io.yizhan.station.evaluation.rest.ScorecardView;
import io.yizhan.station.evaluation.service.CardService;
import io.yizhan.station.evaluation.service.EvaluationService;
import io.yizhan.station.evaluation.service.InspectionService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/** Cards, scorecards and inspection sheets as the API shows them: their evidence, scores and photos are jsonb columns, read here. */
@ApplicationScoped
public class EvaluationMapper {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() { };
    private static final TypeReference<List<Inspection.Score>> SCORES = new TypeReference<>() { };

    private final JsonColumns json;

    public EvaluationMapper(JsonColumns json) {
        this.json = json;
    }

    /** A card with its audit trail (empty in lists and scorecards, which do not load it). */
    public CardView toView(EvaluationCard card, List<CardAction> actions) {
        return new CardView(card.id, card.stationId, card.tenant, card.colour.name(), card.rule.name(), card.rule.labelZh,
                card.rule.labelEn, card.status.name(), json.read(card.evidence, EVIDENCE), card.issuedAt, card.deadline,
                card.closedAt, card.reinspectionDue, card.escalatedTo,
                actions.stream().map(a -> new CardView.Action(a.action, a.actor, a.at, a.note, json.read(a.photos, STRINGS))).toList());
    }

    public CardView toView(CardService.CardTrail trail) {
        return toView(trail.card(), trail.actions());
    }

    public CardView toView(EvaluationCard card) {
        return toView(card, List.of());
    }

    public ScorecardView toView(EvaluationService.Scorecard s) {
        List<CardView> all = s.cards().stream().map(this::toView).toList();
        List<CardView> open = all.stream().filter(c -> EvaluationCard.Status.valueOf(c.status()).open()).toList();
        var latest = s.latest();
        InspectionSummary inspection = latest == null ? null : new InspectionSummary(latest.id, latest.kind.name(),
                latest.total, latest.maxTotal, latest.baseMet, latest.inspectedAt);
        return new ScorecardView(s.station().id, s.station().name, s.station().tenant, s.station().status.name(), s.asOf(),
                s.judgedSince(), s.score(), s.signals(), inspection, open, all);
    }

    public InspectionView toView(InspectionService.RecordedInspection recorded) {
        Inspection i = recorded.inspection();
        return new InspectionView(i.id, i.stationId, i.tenant, i.planId, i.kind.name(), i.inspector, i.inspectorTenant,
                i.inspectionBody, recorded.inspectionBodyName(), i.checklistVersion, json.read(i.scores, SCORES), i.total,
                i.maxTotal, i.baseMet, recorded.baseItemsNotMet(), i.remarks, json.read(i.photos, STRINGS), i.inspectedAt,
                i.recordedBy, recorded.cardId());
    }
}
