package io.yizhan.partner.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.partner.Delivery;
import io.yizhan.partner.Partner;
import io.yizhan.partner.PartnerScopes;
import io.yizhan.partner.Subscription;
import io.yizhan.partner.config.PartnerConfig;
import io.yizhan.partner.messaging.PartnerEventTypes;
import io.yizhan.partner.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A partner's webhook subscriptions; another partner's are "not found". */
@ApplicationScoped
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final PartnerService partners;
    private final DeliveryService deliveries;
    private final WebhookSigner signer;
    private final IdempotentRequests idempotency;
    private final Clock clock;
    private final PartnerConfig config;

    public SubscriptionService(SubscriptionRepository subscriptions, PartnerService partners, DeliveryService deliveries,
                               WebhookSigner signer, IdempotentRequests idempotency, Clock clock, PartnerConfig config) {
        this.clock = clock;
        this.config = config;
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.deliveries = deliveries;
        this.signer = signer;
        this.idempotency = idempotency;
    }

    /**
     * A subscription as a partner asks for it, already checked by Bean Validation on {@code rest.SubscriptionRequest}.
     * The components and their order are the request's on purpose: an Idempotency-Key replay is matched by the
     * hash of this record's JSON, which is thus the same as the request body's was.
     */
    public record NewSubscription(String url, List<String> eventTypes, List<String> cities, String bbox, String description) {
    }

    /**
     * The URL has been checked against SSRF by the caller (it resolves names off the event loop). A
     * repeat with the same {@code Idempotency-Key} returns the first answer, secret included, to the same
     * client; that answer is the caller's view of the new subscription (the secret is on the entity), so
     * the caller names its type and how to make it.
     */
    @WithTransaction
    public <V> Uni<IdempotentRequests.Outcome<V>> create(Caller caller, NewSubscription request, String key, Class<V> viewType,
                                                         Function<Subscription, V> view) {
        return partners.activePartner(caller, PartnerScopes.WEBHOOKS).chain(partner ->
                idempotency.run(key, caller.clientId(), request, viewType, () -> create(partner, request).map(view)));
    }

    private Uni<Subscription> create(Partner partner, NewSubscription request) {
        int cap = config.maxSubscriptions();
        return subscriptions.countLockingPartner(partner.id).chain(count -> {
            if (count >= cap) {
                return Uni.createFrom().failure(ProblemException.conflict("订阅数已达上限 " + cap + "，请先删除不用的订阅 / at most "
                        + cap + " subscriptions per partner: delete one you no longer use first"));
            }
            return persistNew(partner, request);
        });
    }

    private Uni<Subscription> persistNew(Partner partner, NewSubscription request) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.partnerId = partner.id;
        s.url = request.url().trim();
        s.eventTypes = String.join(",", PartnerService.checked("eventTypes", request.eventTypes(), PartnerEventTypes.SUBSCRIBABLE));
        applyArea(s, partner, request.cities(), request.bbox());
        s.description = request.description();
        s.status = Subscription.ACTIVE;
        s.createdAt = OffsetDateTime.now(clock);
        s.updatedAt = s.createdAt;
        s.secret = signer.newSecret();
        return subscriptions.persist(s);
    }

    @WithSession
    public Uni<List<Subscription>> list(Caller caller) {
        return partners.activePartner(caller, PartnerScopes.WEBHOOKS)
                .chain(partner -> subscriptions.list("partnerId", Sort.by("createdAt"), partner.id));
    }

    @WithSession
    public Uni<Subscription> get(Caller caller, UUID id) {
        return own(caller, id);
    }

    /** Deletes the subscription and its delivery log. */
    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        return own(caller, id).chain(s -> deliveries.deleteOf(s.id).chain(() -> subscriptions.delete(s)));
    }

    /** Re-enables (the failure clock starts afresh) or pauses a subscription. */
    @WithTransaction
    public Uni<Subscription> patch(Caller caller, UUID id, String status) {
        if (!Subscription.ACTIVE.equals(status) && !Subscription.SUSPENDED.equals(status)) {
            return Uni.createFrom().failure(badStatus());
        }
        return own(caller, id).map(s -> applyStatus(s, status));
    }

    /**
     * The province's partners desk: one partner's subscriptions, whatever the partner's own state, so
     * that a suspended partner's webhooks can still be looked at. An unknown partner is "not found".
     */
    @WithSession
    public Uni<List<Subscription>> listOf(UUID partnerId) {
        return partners.get(partnerId).chain(partner -> subscriptions.list("partnerId", Sort.by("createdAt"), partner.id));
    }

    /** The desk re-enables a subscription the failure clock paused, or pauses one, as the partner could. */
    @WithTransaction
    public Uni<Subscription> setStatusOf(UUID partnerId, UUID id, String status) {
        if (!Subscription.ACTIVE.equals(status) && !Subscription.SUSPENDED.equals(status)) {
            return Uni.createFrom().failure(badStatus());
        }
        return subscriptions.findById(id)
                .map(s -> s != null && s.partnerId.equals(partnerId) ? s : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("订阅 / Subscription", id))
                .map(s -> applyStatus(s, status));
    }

    private static ProblemException badStatus() {
        return ProblemException.badRequest("status", "取值 ACTIVE（恢复）或 SUSPENDED（暂停）/ ACTIVE to re-enable or SUSPENDED to pause");
    }

    private Subscription applyStatus(Subscription s, String status) {
        if (!status.equals(s.status)) {
            s.status = status;
            s.failingSince = null;
            s.suspendedAt = Subscription.SUSPENDED.equals(s.status) ? OffsetDateTime.now(clock) : null;
            s.updatedAt = OffsetDateTime.now(clock);
        }
        return s;
    }

    /** Queues a {@code webhook.test} event for the subscription, delivered (and signed) like any other. */
    @WithTransaction
    public Uni<Delivery> sendTest(Caller caller, UUID id) {
        return own(caller, id).chain(s -> {
            if (!s.isActive()) {
                throw ProblemException.conflict("订阅已暂停，请先恢复 / the subscription is suspended; re-enable it first (PATCH status ACTIVE)");
            }
            return deliveries.queueTest(s);
        });
    }

    private Uni<Subscription> own(Caller caller, UUID id) {
        return partners.activePartner(caller, PartnerScopes.WEBHOOKS).chain(partner -> subscriptions.findById(id)
                .map(s -> s != null && s.partnerId.equals(partner.id) ? s : null))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("订阅 / Subscription", id));
    }

    /** Cities (each one the partner may see) or a GCJ-02 box, not both; neither means all the partner's cities. */
    static void applyArea(Subscription s, Partner partner, List<String> cities, String bbox) {
        boolean hasCities = cities != null && !cities.isEmpty();
        boolean hasBox = bbox != null && !bbox.isBlank();
        if (hasCities && hasBox) {
            throw ProblemException.badRequest("bbox", "城市与范围框只能选其一 / give either cities or bbox, not both");
        }
        if (hasCities) {
            s.cities = String.join(",", PartnerService.checked("cities", cities, partner.cityList()));
        }
        if (hasBox) {
            double[] box = parseBox(bbox);
            s.minLng = box[0];
            s.minLat = box[1];
            s.maxLng = box[2];
            s.maxLat = box[3];
        }
    }

    static double[] parseBox(String bbox) {
        String hint = "格式为 minLng,minLat,maxLng,maxLat（GCJ-02 度）/ bbox must be minLng,minLat,maxLng,maxLat in GCJ-02 degrees";
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw ProblemException.badRequest("bbox", hint);
        }
        double[] box = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].trim());
                if (!Double.isFinite(box[i])) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("bbox", hint);
        }
        if (box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90 || box[0] >= box[2] || box[1] >= box[3]) {
            throw ProblemException.badRequest("bbox", "范围框无效：须 minLng < maxLng、minLat < maxLat 且在经纬度范围内 / "
                    + "bbox needs minLng < maxLng and minLat < maxLat within ±180 / ±90");
        }
        return box;
    }
}
