package io.yizhan.partner.rest;

/** What a partner sees of itself: its registration and how its webhooks fare. */
public record PartnerUsage(PartnerView partner, long subscriptions, long activeSubscriptions,
                           long deliveriesPending, long deliveriesDelivered, long deliveriesFailed) {
}
