package io.yizhan.partner.mapping;

import io.yizhan.partner.Delivery;
import io.yizhan.partner.Partner;
import io.yizhan.partner.Subscription;
import io.yizhan.partner.rest.DeliveryView;
import io.yizhan.partner.rest.PartnerUsage;
import io.yizhan.partner.rest.PartnerView;
import io.yizhan.partner.rest.SubscriptionView;
import io.yizhan.partner.service.PartnerService;

import java.util.List;

/** Entities and service records to the JSON the API answers with, with Chinese labels beside the codes (used by {@code rest/}). */
public final class PartnerViews {

    private PartnerViews() {
    }

    public static PartnerView partner(Partner p) {
        return new PartnerView(p.id, p.clientId, p.name, p.contactName, p.contactEmail, p.cityList(), p.scopeList(),
                p.status, p.isActive() ? "正常 / active" : "已停用 / suspended", p.createdAt, p.updatedAt);
    }

    public static PartnerUsage usage(PartnerService.Usage u) {
        return new PartnerUsage(partner(u.partner()), u.subscriptions(), u.activeSubscriptions(), u.deliveriesPending(),
                u.deliveriesDelivered(), u.deliveriesFailed());
    }

    public static SubscriptionView subscription(Subscription s, String secret) {
        List<Double> box = s.hasBox() ? List.of(s.minLng, s.minLat, s.maxLng, s.maxLat) : null;
        return new SubscriptionView(s.id, s.url, s.eventTypeList(), s.cities == null ? null : s.cityList(), box,
                s.description, s.status, s.isActive() ? "生效中 / active" : "已暂停 / suspended", s.failingSince,
                s.suspendedAt, s.createdAt, secret);
    }

    public static DeliveryView delivery(Delivery d) {
        String label = switch (d.status) {
            case Delivery.DELIVERED -> "已送达 / delivered";
            case Delivery.FAILED -> "已放弃 / given up";
            default -> "待发送 / pending";
        };
        return new DeliveryView(d.id, d.subscriptionId, d.eventId, d.eventType, d.status, label, d.attempts,
                d.nextAttemptAt, d.lastAttemptAt, d.lastStatusCode, d.lastError, d.createdAt, d.deliveredAt);
    }
}
