package io.yizhan.partner.notify.service;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    static Instant at(String stationTime) {
        return OffsetDateTime.parse(stationTime).toInstant();
    }

    @Test
    void fromTenAtNightUntilSevenOnlyTheUrgentGoesAtOnce() {
        assertThat(NIGHT.releaseAt(at("2026-11-28T21:59:59+08:00"), false)).isEqualTo(OffsetDateTime.parse("2026-11-28T21:59:59+08:00"));
        assertThat(NIGHT.releaseAt(at("2026-11-28T22:00:00+08:00"), false)).isEqualTo(OffsetDateTime.parse("2026-11-29T07:00:00+08:00"));
        assertThat(NIGHT.releaseAt(at("2026-11-29T03:10:00+08:00"), false)).isEqualTo(OffsetDateTime.parse("2026-11-29T07:00:00+08:00"));
        assertThat(NIGHT.releaseAt(at("2026-11-29T06:59:59+08:00"), false)).isEqualTo(OffsetDateTime.parse("2026-11-29T07:00:00+08:00"));
        assertThat(NIGHT.releaseAt(at("2026-11-29T07:00:00+08:00"), false)).isEqualTo(OffsetDateTime.parse("2026-11-29T07:00:00+08:00"));
        assertThat(NIGHT.releaseAt(at("2026-11-28T23:30:00+08:00"), true)).isEqualTo(OffsetDateTime.parse("2026-11-28T23:30:00+08:00"));
    }

    @Test
    void stationTimeDecidesNotTheServersZone() {
        // 15:00 UTC is 23:00 in Fujian
        assertThat(NIGHT.isQuiet(Instant.parse("2026-11-28T15:00:00Z"))).isTrue();
        assertThat(NIGHT.isQuiet(Instant.parse("2026-11-28T02:00:00Z"))).isFalse();
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        assertThat(lunch.isQuiet(at("2026-11-28T13:00:00+08:00"))).isTrue();
        assertThat(lunch.releaseAt(at("2026-11-28T13:00:00+08:00"), false)).isEqualTo(OffsetDateTime.parse("2026-11-28T14:00:00+08:00"));
        assertThat(lunch.isQuiet(at("2026-11-28T23:00:00+08:00"))).isFalse();
    }

    @Test
    void aWindowThatEndsWhereItStartsIsNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(none.isQuiet(at("2026-11-28T00:00:00+08:00"))).isFalse();
        assertThat(none.isQuiet(at("2026-11-28T03:00:00+08:00"))).isFalse();
        assertThat(none.releaseAt(at("2026-11-28T23:30:00+08:00"), false)).isEqualTo(OffsetDateTime.parse("2026-11-28T23:30:00+08:00"));
    }
}
