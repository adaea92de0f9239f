package io.yizhan.station.evaluation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.evaluation.CardAction;
import io.yizhan.station.evaluation.EvaluationCard;
import io.yizhan.station.evaluation.EvaluationRule;
import io.yizhan.station.evaluation.mapping.JsonColumns;
import io.yizhan.station.evaluation.messaging.CardEventPayload;
import io.yizhan.station.evaluation.repository.EvaluationCardRepository;
import io.yizhan.station.evaluation.EvaluationSettings;
import io.yizhan.station.registry.Station;
import io.yizhan.station.registry.StationStatus;
import io.yizhan.station.registry.messaging.StationEventTypes;
import io.yizhan.station.registry.repository.StationManagerRepository;
import io.yizhan.station.registry.repository.StationRepository;
import io.yizhan.station.registry.service.StationService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Yellow and red cards: issuing them for the rules, and the people's steps after — the manager's
 * rectification, the city's review and re-inspection, the province's delisting decision. Every step
 * is in the card's audit trail and goes out as an event; the station's status follows its cards.
 */
@ApplicationScoped
public class CardService {

    static final String SYSTEM = "system";

    /** A card with its audit trail, oldest step first. */
    public record CardTrail(EvaluationCard card, List<CardAction> actions) {
    }

    private final EvaluationCardRepository cards;
    private final StationRepository stations;
    private final StationManagerRepository managers;
    private final StationService stationService;
    private final Outbox outbox;
    private final JsonColumns json;

    private final Clock clock;

    public CardService(EvaluationCardRepository cards, StationRepository stations, StationManagerRepository managers,
                       StationService stationService, Outbox outbox, JsonColumns json, Clock clock) {
        this.clock = clock;
        this.cards = cards;
        this.stations = stations;
        this.managers = managers;
        this.stationService = stationService;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Issues a yellow card and warns the station; a yellow within {@code repeatYellowDays} of an earlier
     * one whose rectification period is over (put right, or past its deadline) also issues a red.
     * Runs in the caller's transaction.
     */
    public Uni<EvaluationCard> issueYellow(Station station, EvaluationRule rule, Map<String, Object> evidence,
                                           OffsetDateTime at, EvaluationSettings settings) {
        EvaluationCard card = newCard(station, rule, EvaluationCard.Status.ISSUED, evidence, at);
        card.deadline = at.plusDays(settings.rectifyDays());
        return cards.persist(card)
                .call(saved -> trail(saved, action("ISSUED", SYSTEM, at, rule.labelZh + " / " + rule.labelEn)))
                .call(saved -> announce(StationEventTypes.CARD_ISSUED, saved, "ISSUED", at))
                .call(() -> stationService.moveByEvaluation(station, StationStatus.WARNED,
                        "黄牌：" + rule.labelZh + " / yellow card: " + rule.labelEn))
                .call(saved -> cards.ofStation(station.id).chain(all -> {
                    // A repeat is a yellow after an earlier one's rectification period ended (put right, or its
                    // deadline passed): a card issued while another is still within its deadline, or in the
                    // same run, adds to what the station has to put right; no red before a period has ended.
                    List<UUID> recent = all.stream()
                            .filter(c -> c.colour == EvaluationRule.CardColour.YELLOW && !c.id.equals(saved.id)
                                    && !c.issuedAt.isBefore(at.minusDays(settings.repeatYellowDays()))
                                    && c.issuedAt.isBefore(at) && rectificationOver(c, at))
                            .map(c -> c.id).toList();
                    if (recent.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    List<UUID> both = new java.util.ArrayList<>(recent);
                    both.add(saved.id);
                    return issueRed(station, EvaluationRule.REPEATED_YELLOW,
                            Map.of("yellowCards", both, "withinDays", settings.repeatYellowDays()), at).replaceWithVoid();
                }));
    }

    /** Its rectification period ended by {@code at}: the card closed, or its deadline passed with no report waiting. */
    static boolean rectificationOver(EvaluationCard yellow, OffsetDateTime at) {
        if (yellow.closedAt != null) {
            return !yellow.closedAt.isAfter(at);
        }
        return yellow.status == EvaluationCard.Status.ISSUED && yellow.deadline != null && !yellow.deadline.isAfter(at);
    }

    /** Issues a red card proposing delisting, unless the station already has one open. */
    public Uni<EvaluationCard> issueRed(Station station, EvaluationRule rule, Map<String, Object> evidence, OffsetDateTime at) {
        return cards.ofStation(station.id).chain(all -> {
            Optional<EvaluationCard> openRed = all.stream()
                    .filter(c -> c.colour == EvaluationRule.CardColour.RED && c.status.open()).findFirst();
            if (openRed.isPresent()) {
                return Uni.createFrom().item(openRed.get());
            }
            EvaluationCard card = newCard(station, rule, EvaluationCard.Status.DELISTING_PROPOSED, evidence, at);
            return cards.persist(card)
                    .call(saved -> trail(saved, action("ISSUED", SYSTEM, at,
                            rule.labelZh + "，建议摘牌 / " + rule.labelEn + "; delisting proposed")))
                    .call(saved -> announce(StationEventTypes.CARD_ISSUED, saved, "DELISTING_PROPOSED", at));
        });
    }

    /** A yellow card past its deadline without an accepted rectification turns red. */
    public Uni<EvaluationCard> escalate(Station station, EvaluationCard yellow, OffsetDateTime at) {
        return issueRed(station, EvaluationRule.YELLOW_NOT_RECTIFIED, Map.of(
                "yellowCard", yellow.id, "rule", yellow.rule.name(), "deadline", yellow.deadline.toString()), at)
                .call(red -> {
                    yellow.status = EvaluationCard.Status.ESCALATED;
                    yellow.closedAt = at;
                    yellow.escalatedTo = red.id;
                    return trail(yellow, action("ESCALATED", SYSTEM, at, "逾期未整改，升级为红牌 / not rectified by the deadline; turned red"))
                            .call(() -> announce(StationEventTypes.CARD_CHANGED, yellow, "ESCALATED", at));
                });
    }

    @WithTransaction
    public Uni<CardTrail> rectify(Caller caller, UUID cardId, String report, List<String> photos) {
        return managedCard(caller, cardId).chain(card -> {
            if (card.colour == EvaluationRule.CardColour.RED) {
                throw ProblemException.conflict("红牌不接受整改报告，由省总工会决定是否摘牌 / a red card takes no rectification; the province decides on delisting");
            }
            if (card.status != EvaluationCard.Status.ISSUED) {
                throw ProblemException.conflict("该黄牌当前状态为 " + card.status + "，不能提交整改 / this card is " + card.status
                        + "; a rectification can be submitted only while it is ISSUED");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            card.status = EvaluationCard.Status.RECTIFICATION_SUBMITTED;
            CardAction action = action("RECTIFICATION_SUBMITTED", caller.username(), now, report);
            action.photos = json.write(photos == null ? List.of() : photos);
            return trail(card, action).call(() -> announce(StationEventTypes.CARD_CHANGED, card, action.action, now))
                    .chain(this::view);
        });
    }

    @WithTransaction
    public Uni<CardTrail> review(Caller caller, UUID cardId, boolean accepted, String remarks) {
        return administeredCard(caller, cardId).chain(card -> {
            if (card.status != EvaluationCard.Status.RECTIFICATION_SUBMITTED) {
                throw ProblemException.conflict("该牌没有待审核的整改报告 / this card has no rectification waiting for review");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String step = accepted ? "RECTIFICATION_ACCEPTED" : "RECTIFICATION_REJECTED";
            card.status = accepted ? EvaluationCard.Status.RECTIFIED : EvaluationCard.Status.ISSUED;
            if (accepted) {
                card.closedAt = now;
            }
            return trail(card, action(step, caller.username(), now, remarks))
                    .call(() -> announce(StationEventTypes.CARD_CHANGED, card, step, now))
                    .call(() -> accepted ? settle(card.stationId) : Uni.createFrom().voidItem())
                    .chain(this::view);
        });
    }

    @WithTransaction
    public Uni<CardTrail> scheduleReinspection(Caller caller, UUID cardId, LocalDate due) {
        return administeredCard(caller, cardId).chain(card -> {
            if (!card.status.open()) {
                throw ProblemException.conflict("该牌已关闭 / this card is closed");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (due.isBefore(now.toLocalDate())) {
                throw ProblemException.badRequest("due", "复查日期不能早于今天 / due cannot be in the past");
            }
            card.reinspectionDue = due;
            return trail(card, action("REINSPECTION_SCHEDULED", caller.username(), now, due.toString()))
                    .call(() -> announce(StationEventTypes.CARD_CHANGED, card, "REINSPECTION_SCHEDULED", now))
                    .chain(this::view);
        });
    }

    @WithTransaction
    public Uni<CardTrail> decideDelisting(Caller caller, UUID cardId, boolean confirm, String reason) {
        return administeredCard(caller, cardId).chain(card -> {
            if (!caller.isProvinceAdmin()) {
                throw ProblemException.forbidden("摘牌须由省总工会确认 / only the province confirms or declines a delisting");
            }
            if (card.status != EvaluationCard.Status.DELISTING_PROPOSED) {
                throw ProblemException.conflict("该牌没有待决定的摘牌建议 / this card has no delisting proposal to decide");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String step = confirm ? "DELISTING_CONFIRMED" : "DELISTING_DECLINED";
            card.status = confirm ? EvaluationCard.Status.DELISTED : EvaluationCard.Status.WITHDRAWN;
            card.closedAt = now;
            Uni<?> station = confirm
                    ? stations.findById(card.stationId).chain(s -> stationService.moveByEvaluation(s, StationStatus.DELISTED,
                            "红牌摘牌：" + reason + " / delisted on a red card"))
                    : settle(card.stationId);
            return trail(card, action(step, caller.username(), now, reason))
                    .call(() -> announce(StationEventTypes.CARD_CHANGED, card, step, now))
                    .call(() -> station)
                    .chain(this::view);
        });
    }

    @WithSession
    public Uni<CardTrail> get(Caller caller, UUID cardId) {
        return visibleCard(caller, cardId).chain(this::view);
    }

    @WithSession
    public Uni<Page<EvaluationCard>> list(Caller caller, String tenant, EvaluationCard.Status status, UUID stationId, PageRequest page) {
        Optional<String> scope = caller.tenantScope();
        if (scope.isPresent() && tenant != null && !tenant.equals(scope.get())) {
            return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
        }
        return cards.search(scope.or(() -> Optional.ofNullable(tenant)), status, stationId, page);
    }

    /** The station's cards, for its scorecard. */
    public Uni<List<EvaluationCard>> ofStation(UUID stationId) {
        return cards.ofStation(stationId);
    }

    /** When a station's last open card closes, a warned station is back to open. */
    Uni<Void> settle(UUID stationId) {
        return cards.flush().chain(() -> cards.ofStation(stationId)).chain(all -> {
            if (all.stream().anyMatch(c -> c.status.open())) {
                return Uni.createFrom().voidItem();
            }
            return stations.findById(stationId).chain(station -> station.status == StationStatus.WARNED
                    ? stationService.moveByEvaluation(station, StationStatus.OPEN, "黄牌已整改 / cards cleared").replaceWithVoid()
                    : Uni.createFrom().voidItem());
        });
    }

    private Uni<CardTrail> view(EvaluationCard card) {
        return cards.actionsOf(card.id).map(actions -> new CardTrail(card, actions));
    }

    /** A card of a station the caller administers (city of the station, or province); others get 404. */
    private Uni<EvaluationCard> administeredCard(Caller caller, UUID cardId) {
        return cards.findById(cardId)
                .map(card -> card != null && isAdmin(caller) && caller.sees(card.tenant) ? card : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("考评牌 / Card", cardId));
    }

    /** A card of a station the caller manages; its city's admins get 403 (they review, not rectify), others 404. */
    private Uni<EvaluationCard> managedCard(Caller caller, UUID cardId) {
        return visibleCard(caller, cardId).chain(card -> isManagerOf(caller, card).map(manages -> {
            if (!manages) {
                throw ProblemException.forbidden("整改报告由驿站负责人提交 / the station's manager submits the rectification");
            }
            return card;
        }));
    }

    private Uni<EvaluationCard> visibleCard(Caller caller, UUID cardId) {
        return cards.findById(cardId).chain(card -> {
            if (card == null) {
                return Uni.createFrom().nullItem();
            }
            if (isAdmin(caller) && caller.sees(card.tenant)) {
                return Uni.createFrom().item(card);
            }
            return isManagerOf(caller, card).map(yes -> yes ? card : null);
        }).onItem().ifNull().failWith(() -> ProblemException.notFound("考评牌 / Card", cardId));
    }

    private Uni<Boolean> isManagerOf(Caller caller, EvaluationCard card) {
        if (!caller.has(Roles.STATION_MANAGER) || !card.tenant.equals(caller.tenant())) {
            return Uni.createFrom().item(false);
        }
        return managers.manages(caller.username(), card.stationId);
    }

    private static boolean isAdmin(Caller caller) {
        return caller.isProvinceAdmin() || caller.has(Roles.CITY_ADMIN);
    }

    private EvaluationCard newCard(Station station, EvaluationRule rule, EvaluationCard.Status status,
                                   Map<String, Object> evidence, OffsetDateTime at) {
        EvaluationCard card = new EvaluationCard();
        card.id = UUID.randomUUID();
        card.stationId = station.id;
        card.tenant = station.tenant;
        card.colour = rule.colour;
        card.rule = rule;
        card.status = status;
        card.evidence = json.write(evidence);
        card.issuedAt = at;
        return card;
    }

    private static CardAction action(String step, String actor, OffsetDateTime at, String note) {
        CardAction action = new CardAction();
        action.id = UUID.randomUUID();
        action.action = step;
        action.actor = actor;
        action.at = at;
        action.note = note;
        return action;
    }

    private Uni<EvaluationCard> trail(EvaluationCard card, CardAction action) {
        action.cardId = card.id;
        return cards.record(action).replaceWith(card);
    }

    private Uni<Void> announce(String type, EvaluationCard card, String step, OffsetDateTime at) {
        return outbox.append(type, card.stationId.toString(), card.tenant, new CardEventPayload(card.id, card.stationId,
                card.tenant, card.colour.name(), card.rule.name(), card.status.name(), step, card.issuedAt, card.deadline, at))
                .replaceWithVoid();
    }
}
