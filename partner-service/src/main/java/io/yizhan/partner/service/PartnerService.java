package io.yizhan.partner.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.partner.Delivery;
import io.yizhan.partner.Partner;
import io.yizhan.partner.PartnerScopes;
import io.yizhan.partner.Subscription;
import io.yizhan.partner.repository.DeliveryRepository;
import io.yizhan.partner.repository.PartnerRepository;
import io.yizhan.partner.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The partner registry: the province registers and suspends platforms; a platform reads its own usage. */
@ApplicationScoped
public class PartnerService {

    private final PartnerRepository partners;
    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    public PartnerService(PartnerRepository partners, SubscriptionRepository subscriptions, DeliveryRepository deliveries,
                          IdempotentRequests idempotency, Clock clock) {
        this.clock = clock;
        this.partners = partners;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.idempotency = idempotency;
    }

    /**
     * A platform as the province registers it, already checked by Bean Validation on {@code rest.PartnerRequest}.
     * The components and their order are the request's on purpose: an Idempotency-Key replay is matched by the
     * hash of this record's JSON, which is thus the same as the request body's was.
     */
    public record NewPartner(String clientId, String name, String contactName, String contactEmail, List<String> cities,
                             List<String> scopes) {
    }

    /** What a partner sees of itself: its registration and how its webhooks fare. */
    public record Usage(Partner partner, long subscriptions, long activeSubscriptions,
                        long deliveriesPending, long deliveriesDelivered, long deliveriesFailed) {
    }

    /**
     * Registers a platform. With an {@code Idempotency-Key} a repeat gets the response the first request
     * got, stored in this transaction; that response is the caller's view of the partner, so the caller
     * names its type and how to make it.
     */
    @WithTransaction
    public <V> Uni<IdempotentRequests.Outcome<V>> register(Caller caller, NewPartner request, String key, Class<V> viewType,
                                                           Function<Partner, V> view) {
        return idempotency.run(key, caller.subject(), request, viewType, () -> register(request).map(view));
    }

    private Uni<Partner> register(NewPartner request) {
        String cities = String.join(",", checked("cities", request.cities(), Tenants.codes()));
        String scopes = String.join(",", checked("scopes", request.scopes(), PartnerScopes.ALL));
        return partners.find("clientId", request.clientId()).firstResult().chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("客户端 " + request.clientId() + " 已登记 / client " + request.clientId()
                        + " is already registered");
            }
            Partner partner = new Partner();
            partner.id = UUID.randomUUID();
            partner.clientId = request.clientId();
            partner.name = request.name().trim();
            partner.contactName = request.contactName().trim();
            partner.contactEmail = request.contactEmail().trim();
            partner.cities = cities;
            partner.scopes = scopes;
            partner.status = Partner.ACTIVE;
            partner.createdAt = OffsetDateTime.now(clock);
            partner.updatedAt = partner.createdAt;
            return partners.persist(partner);
        });
    }

    @WithSession
    public Uni<Page<Partner>> list(PageRequest page) {
        var query = partners.findAll(Sort.by("name"));
        return query.page(page.page, page.size).list()
                .chain(items -> query.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }

    @WithSession
    public Uni<Partner> get(UUID id) {
        return byId(id);
    }

    /** Suspends or reactivates; a suspended partner's tokens are refused by every partner endpoint at once. */
    @WithTransaction
    public Uni<Partner> setStatus(UUID id, String status) {
        return byId(id).map(partner -> {
            partner.status = status;
            partner.updatedAt = OffsetDateTime.now(clock);
            return partner;
        });
    }

    /**
     * The registered, active partner behind a partner token ({@code azp}); anything else is 403.
     * Must run inside a session.
     */
    public Uni<Partner> activePartner(Caller caller) {
        if (!caller.has(Roles.PARTNER) || caller.clientId() == null) {
            return Uni.createFrom().failure(ProblemException.forbidden("仅限合作平台调用 / Only partner platforms may call this"));
        }
        return partners.find("clientId", caller.clientId()).firstResult().map(partner -> {
            if (partner == null) {
                throw ProblemException.forbidden("客户端 " + caller.clientId() + " 未登记为合作平台 / client "
                        + caller.clientId() + " is not a registered partner; ask the province federation to register it");
            }
            if (!partner.isActive()) {
                throw ProblemException.forbidden("合作平台已被停用 / this partner is suspended; contact the province federation");
            }
            return partner;
        });
    }

    /** {@link #activePartner} that also needs a scope. */
    public Uni<Partner> activePartner(Caller caller, String scope) {
        return activePartner(caller).map(partner -> {
            if (!partner.scopeList().contains(scope)) {
                throw ProblemException.forbidden("未授予权限范围 " + scope + " / this partner lacks the scope " + scope);
            }
            return partner;
        });
    }

    @WithSession
    public Uni<Usage> usage(Caller caller) {
        return activePartner(caller).chain(partner -> subscriptions.count("partnerId", partner.id)
                .chain(all -> subscriptions.count("partnerId = ?1 and status = ?2", partner.id, Subscription.ACTIVE)
                        .chain(active -> deliveries.count("partnerId = ?1 and status = ?2", partner.id, Delivery.PENDING)
                                .chain(pending -> deliveries.count("partnerId = ?1 and status = ?2", partner.id, Delivery.DELIVERED)
                                        .chain(delivered -> deliveries.count("partnerId = ?1 and status = ?2", partner.id, Delivery.FAILED)
                                                .map(failed -> new Usage(partner, all, active,
                                                        pending, delivered, failed)))))));
    }

    /** Registers {@code clientId} with every city and scope unless it exists (the local stack's demo partner). */
    @WithTransaction
    public Uni<Boolean> ensureRegistered(String clientId, String name) {
        return partners.find("clientId", clientId).firstResult().chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            Partner partner = new Partner();
            partner.id = UUID.randomUUID();
            partner.clientId = clientId;
            partner.name = name;
            partner.contactName = "演示 / demo";
            partner.contactEmail = "partner-demo@example.com";
            partner.cities = String.join(",", Tenants.codes());
            partner.scopes = String.join(",", PartnerScopes.ALL);
            partner.status = Partner.ACTIVE;
            partner.createdAt = OffsetDateTime.now(clock);
            partner.updatedAt = partner.createdAt;
            return partners.persist(partner).replaceWith(true);
        });
    }

    private Uni<Partner> byId(UUID id) {
        return partners.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("合作平台 / Partner", id));
    }

    /** The values without duplicates, each one of {@code allowed}; 400 naming the field otherwise. */
    static List<String> checked(String field, List<String> values, java.util.Collection<String> allowed) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null || !allowed.contains(value)) {
                throw ProblemException.badRequest(field, "未知取值 " + value + "，可选 / unknown value " + value
                        + "; one of " + String.join(", ", allowed));
            }
            out.add(value);
        }
        return List.copyOf(out);
    }
}
