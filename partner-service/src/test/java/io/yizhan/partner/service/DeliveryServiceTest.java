package io.yizhan.partner.service;

import io.yizhan.partner.Partner;
import io.yizhan.partner.Subscription;
import io.yizhan.partner.mapping.PartnerEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of delivery that need no database: the retry schedule and subscription matching. */
class DeliveryServiceTest {

    static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10));

    @Test
    void theNthFailureWaitsTheNthEntryAndAfterTheLastTheDeliveryIsGivenUp() {
        assertThat(DeliveryService.waitAfter(1, SCHEDULE)).contains(Duration.ofSeconds(30));
        assertThat(DeliveryService.waitAfter(2, SCHEDULE)).contains(Duration.ofMinutes(2));
        assertThat(DeliveryService.waitAfter(3, SCHEDULE)).contains(Duration.ofMinutes(10));
        assertThat(DeliveryService.waitAfter(4, SCHEDULE)).isEqualTo(Optional.empty());
    }

    static Partner partner(String cities) {
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.cities = cities;
        return p;
    }

    static Subscription subscription(String types, String cities) {
        Subscription s = new Subscription();
        s.eventTypes = types;
        s.cities = cities;
        return s;
    }

    static PartnerEvent event(String type, String tenant, Double lat, Double lon) {
        return new PartnerEvent(UUID.randomUUID(), type, OffsetDateTime.now(), UUID.randomUUID().toString(), tenant, lat, lon, null);
    }

    @Test
    void aSubscriptionGetsOnlyItsTypesInItsCitiesAndNeverBeyondThePartnersCities() {
        Partner partner = partner("fuzhou,xiamen");
        assertThat(DeliveryService.matches(subscription("station.opened", "fuzhou"), partner, event("station.opened", "fuzhou", 26.08, 119.30))).isTrue();
        assertThat(DeliveryService.matches(subscription("station.opened", "fuzhou"), partner, event("station.closed", "fuzhou", 26.08, 119.30))).isFalse();
        assertThat(DeliveryService.matches(subscription("station.opened", "fuzhou"), partner, event("station.opened", "xiamen", 24.48, 118.09))).isFalse();
        assertThat(DeliveryService.matches(subscription("station.opened", null), partner, event("station.opened", "xiamen", 24.48, 118.09))).isTrue();
        assertThat(DeliveryService.matches(subscription("station.opened", null), partner, event("station.opened", "quanzhou", 24.87, 118.67))).isFalse();
    }

    @Test
    void aBoxIsInGcj02AndAnEventWithoutAPlaceNeverMatchesIt() {
        Partner partner = partner("fuzhou");
        Subscription box = subscription("locker.restocked", null);
        // WGS-84 (26.0889, 119.3012) is GCJ-02 (26.0858, 119.3060): a box edge between the two tells the datums apart
        box.minLng = 119.3040;
        box.minLat = 26.08;
        box.maxLng = 119.31;
        box.maxLat = 26.09;
        assertThat(DeliveryService.matches(box, partner, event("locker.restocked", "fuzhou", 26.0889, 119.3012))).isTrue();
        assertThat(DeliveryService.matches(box, partner, event("locker.restocked", "fuzhou", null, null))).isFalse();
        box.minLng = 119.2990;
        box.maxLng = 119.3040;
        assertThat(DeliveryService.matches(box, partner, event("locker.restocked", "fuzhou", 26.0889, 119.3012))).isFalse();
    }
}
