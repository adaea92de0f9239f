package io.yizhan.partner.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.geo.Gcj02;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.partner.Delivery;
import io.yizhan.partner.Partner;
import io.yizhan.partner.Subscription;
import io.yizhan.partner.config.PartnerConfig;
import io.yizhan.partner.mapping.PartnerEvent;
import io.yizhan.partner.messaging.PartnerEventTypes;
import io.yizhan.partner.repository.DeliveryRepository;
import io.yizhan.partner.repository.PartnerRepository;
import io.yizhan.partner.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The delivery rows: written in the consumer's transaction (one per matching subscription), claimed
 * by the worker, and updated with each attempt's outcome — retry on schedule, give up, or suspend a
 * subscription that has failed for too long.
 */
@ApplicationScoped
public class DeliveryService {

    static final String SOURCE = "/partner-service";

    /** What the worker needs to send one delivery, read before the claim's transaction ends. */
    public record Claimed(UUID deliveryId, UUID eventId, String url, String secret, String body) {
    }

    /** How one attempt went: an HTTP status, or an error before any status (timeout, refused, DNS). */
    public record Outcome(Integer statusCode, String error) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final PartnerRepository partners;
    private final CloudEventCodec codec;
    private final ObjectMapper mapper;
    private final PartnerConfig config;
    private final Clock clock;

    public DeliveryService(DeliveryRepository deliveries, SubscriptionRepository subscriptions, PartnerRepository partners,
                           CloudEventCodec codec, ObjectMapper mapper, PartnerConfig config, Clock clock) {
        this.clock = clock;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.codec = codec;
        this.mapper = mapper;
        this.config = config;
    }

    /** One delivery per active subscription of an active partner that wants this event. Inside the consumer's transaction. */
    public Uni<Integer> fanOut(PartnerEvent event) {
        return partners.list("status", Partner.ACTIVE).chain(active -> {
            Map<UUID, Partner> byId = active.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
            return subscriptions.list("status", Subscription.ACTIVE).chain(all -> {
                List<Delivery> rows = new ArrayList<>();
                for (Subscription s : all) {
                    Partner partner = byId.get(s.partnerId);
                    if (partner != null && matches(s, partner, event)) {
                        rows.add(newDelivery(s, event.id(), event.type(), body(event)));
                    }
                }
                return rows.isEmpty() ? Uni.createFrom().item(0) : deliveries.persist(rows).replaceWith(rows.size());
            });
        });
    }

    static boolean matches(Subscription s, Partner partner, PartnerEvent event) {
        if (!s.eventTypeList().contains(event.type()) || event.tenant() == null || !partner.cityList().contains(event.tenant())) {
            return false;
        }
        if (s.hasBox()) {
            if (event.lat() == null || event.lon() == null) {
                return false;
            }
            Gcj02.LatLon p = Gcj02.fromWgs84(event.lat(), event.lon());
            return p.lon() >= s.minLng && p.lon() <= s.maxLng && p.lat() >= s.minLat && p.lat() <= s.maxLat;
        }
        return s.cities == null || s.cityList().contains(event.tenant());
    }

    String body(PartnerEvent event) {
        return codec.write(new CloudEvent(CloudEvent.SPEC_VERSION, event.id(), SOURCE, event.type(), event.time(),
                event.subject(), event.tenant(), "application/json", event.data()));
    }

    public Uni<Delivery> queueTest(Subscription s) {
        UUID eventId = UUID.randomUUID();
        ObjectNode data = mapper.createObjectNode();
        data.put("subscriptionId", s.id.toString());
        data.put("message", "这是一条测试事件 / This is a test event");
        String body = codec.write(new CloudEvent(CloudEvent.SPEC_VERSION, eventId, SOURCE, PartnerEventTypes.WEBHOOK_TEST,
                OffsetDateTime.now(clock), s.id.toString(), null, "application/json", data));
        return deliveries.persist(newDelivery(s, eventId, PartnerEventTypes.WEBHOOK_TEST, body));
    }

    private Delivery newDelivery(Subscription s, UUID eventId, String type, String body) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.subscriptionId = s.id;
        d.partnerId = s.partnerId;
        d.eventId = eventId;
        d.eventType = type;
        d.body = body;
        d.status = Delivery.PENDING;
        d.attempts = 0;
        d.createdAt = OffsetDateTime.now(clock);
        d.nextAttemptAt = d.createdAt;
        return d;
    }

    public Uni<Long> deleteOf(UUID subscriptionId) {
        return deliveries.delete("subscriptionId", subscriptionId);
    }

    /** The partner's delivery log, newest first, optionally of one subscription. Inside a session. */
    public Uni<Page<Delivery>> log(UUID partnerId, UUID subscriptionId, String status, PageRequest page) {
        var query = subscriptionId == null
                ? (status == null
                    ? deliveries.find("partnerId", Sort.descending("createdAt"), partnerId)
                    : deliveries.find("partnerId = ?1 and status = ?2", Sort.descending("createdAt"), partnerId, status))
                : (status == null
                    ? deliveries.find("partnerId = ?1 and subscriptionId = ?2", Sort.descending("createdAt"), partnerId, subscriptionId)
                    : deliveries.find("partnerId = ?1 and subscriptionId = ?2 and status = ?3", Sort.descending("createdAt"),
                        partnerId, subscriptionId, status));
        return query.page(page.page, page.size).list()
                .chain(items -> query.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }

    /**
     * Takes up to {@code limit} due deliveries of active subscriptions and leases them (moves their
     * next attempt past the request timeout), so no other worker sends them meanwhile; a worker that
     * dies mid-send leaves them to be retried when the lease runs out (at least once).
     */
    @WithTransaction
    public Uni<List<Claimed>> claimDue(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime leaseEnd = now.plus(config.webhooks().requestTimeout()).plusSeconds(30);
        return deliveries.lockDueFairly(now, config.webhooks().perPartnerPerRun(), limit)
                .chain(due -> {
                    if (due.isEmpty()) {
                        return Uni.createFrom().item(List.<Claimed>of());
                    }
                    List<UUID> ids = due.stream().map(d -> d.subscriptionId).distinct().toList();
                    return subscriptions.list("id in ?1", ids).map(subs -> {
                        Map<UUID, Subscription> byId = subs.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
                        List<Claimed> claimed = new ArrayList<>();
                        for (Delivery d : due) {
                            d.nextAttemptAt = leaseEnd;
                            Subscription s = byId.get(d.subscriptionId);
                            claimed.add(new Claimed(d.id, d.eventId, s.url, s.secret, d.body));
                        }
                        return claimed;
                    });
                });
    }

    /** What one attempt of one delivery came to. */
    public record Attempt(UUID deliveryId, Outcome outcome) {
    }

    /**
     * Records a batch of attempts, one after the other in one transaction (a Vert.x context holds one
     * session at a time): delivered; retry after the schedule's next wait; give up; or suspend the
     * subscription that has failed for too long.
     */
    @WithTransaction
    public Uni<Void> record(List<Attempt> attempts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Attempt attempt : attempts) {
            chain = chain.chain(() -> recordOne(attempt.deliveryId(), attempt.outcome(), now));
        }
        return chain;
    }

    private Uni<Void> recordOne(UUID deliveryId, Outcome outcome, OffsetDateTime now) {
        return deliveries.findById(deliveryId).chain(d -> {
            if (d == null || !Delivery.PENDING.equals(d.status)) {
                return Uni.createFrom().voidItem();
            }
            return subscriptions.findById(d.subscriptionId).chain(s -> {
                d.attempts++;
                d.lastAttemptAt = now;
                d.lastStatusCode = outcome.statusCode();
                d.lastError = outcome.error() == null ? null : truncate(outcome.error());
                if (outcome.succeeded()) {
                    d.status = Delivery.DELIVERED;
                    d.deliveredAt = now;
                    d.nextAttemptAt = null;
                    s.failingSince = null;
                    return Uni.createFrom().voidItem();
                }
                if (!s.isActive()) {
                    // suspended by an earlier attempt of this batch
                    d.status = Delivery.FAILED;
                    d.nextAttemptAt = null;
                    return Uni.createFrom().voidItem();
                }
                if (s.failingSince == null) {
                    s.failingSince = now;
                }
                if (!Duration.between(s.failingSince, now).minus(config.webhooks().suspendAfter()).isNegative()) {
                    d.status = Delivery.FAILED;
                    d.nextAttemptAt = null;
                    return suspend(s, now);
                }
                Optional<Duration> wait = waitAfter(d.attempts, config.webhooks().retrySchedule());
                d.status = wait.isPresent() ? Delivery.PENDING : Delivery.FAILED;
                d.nextAttemptAt = wait.map(now::plus).orElse(null);
                return Uni.createFrom().voidItem();
            });
        });
    }

    /** The wait before the next attempt after {@code failedAttempts} failures, or empty when the schedule is used up. */
    static Optional<Duration> waitAfter(int failedAttempts, List<Duration> schedule) {
        return failedAttempts >= 1 && failedAttempts <= schedule.size()
                ? Optional.of(schedule.get(failedAttempts - 1)) : Optional.empty();
    }

    /** Suspends a failing subscription; its pending deliveries are given up so re-enabling starts clean. */
    private Uni<Void> suspend(Subscription s, OffsetDateTime now) {
        s.status = Subscription.SUSPENDED;
        s.suspendedAt = now;
        s.updatedAt = now;
        return deliveries.update("status = ?1, nextAttemptAt = null, lastError = coalesce(lastError, ?2) "
                                + "where subscriptionId = ?3 and status = ?4", Delivery.FAILED,
                        "订阅因持续失败已暂停 / subscription suspended after failing too long", s.id, Delivery.PENDING)
                .replaceWithVoid();
    }

    private static String truncate(String error) {
        return error.length() > 500 ? error.substring(0, 500) : error;
    }
}
