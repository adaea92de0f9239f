package io.yizhan.station.evaluation.service;

import io.yizhan.station.registry.HoursException;
import io.yizhan.station.registry.OpeningWindow;
import io.yizhan.station.registry.OpeningHours;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningPeriodsTest {

    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    // Monday 2026-11-23 00:00 to Monday 2026-11-30 00:00, station time.
    static final Instant FROM = OffsetDateTime.parse("2026-11-23T00:00:00+08:00").toInstant();
    static final Instant TO = OffsetDateTime.parse("2026-11-30T00:00:00+08:00").toInstant();

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @Test
    void weeklyWindowsBecomeOnePeriodPerPostedDay() {
        OpeningHours hours = new OpeningHours(false, List.of(new OpeningWindow(1, "09:00", "18:00"),
                new OpeningWindow(3, "09:00", "12:00"), new OpeningWindow(3, "14:00", "18:00")), List.of());
        List<OpeningPeriods.Period> periods = OpeningPeriods.between(hours, FROM, TO, CST);
        assertThat(periods).containsExactly(
                new OpeningPeriods.Period(at("2026-11-23T09:00:00"), at("2026-11-23T18:00:00")),
                new OpeningPeriods.Period(at("2026-11-25T09:00:00"), at("2026-11-25T12:00:00")),
                new OpeningPeriods.Period(at("2026-11-25T14:00:00"), at("2026-11-25T18:00:00")));
    }

    @Test
    void anOvernightWindowEndsTheNextDayAndOnlyWholePeriodsInsideTheRangeCount() {
        OpeningHours hours = new OpeningHours(false, List.of(new OpeningWindow(7, "22:00", "02:00"),
                new OpeningWindow(6, "20:00", "23:00")), List.of());
        // Sunday 29th 22:00 runs to Monday 02:00, past the range: not counted; Sunday 22nd's ends inside it but began before.
        assertThat(OpeningPeriods.between(hours, FROM, TO, CST))
                .containsExactly(new OpeningPeriods.Period(at("2026-11-28T20:00:00"), at("2026-11-28T23:00:00")));
        assertThat(OpeningPeriods.between(hours, FROM, at("2026-12-01T00:00:00"), CST)).hasSize(2);
    }

    @Test
    void exceptionsReplaceTheirDayAnd24HourStationsHaveWholeDays() {
        OpeningHours hours = new OpeningHours(false, List.of(new OpeningWindow(1, "09:00", "18:00"), new OpeningWindow(2, "09:00", "18:00")),
                List.of(new HoursException("2026-11-23", true, null, null, "冬至检修"),
                        new HoursException("2026-11-24", false, "10:00", "12:00", "半天")));
        assertThat(OpeningPeriods.between(hours, FROM, TO, CST))
                .containsExactly(new OpeningPeriods.Period(at("2026-11-24T10:00:00"), at("2026-11-24T12:00:00")));
        assertThat(OpeningPeriods.between(new OpeningHours(true, List.of(), List.of()), FROM, TO, CST)).hasSize(7);
    }

    @Test
    void aPeriodIsMissedOnlyWithoutAnyEvidenceInsideIt() {
        List<OpeningPeriods.Period> periods = List.of(
                new OpeningPeriods.Period(at("2026-11-23T09:00:00"), at("2026-11-23T18:00:00")),
                new OpeningPeriods.Period(at("2026-11-24T09:00:00"), at("2026-11-24T18:00:00")),
                new OpeningPeriods.Period(at("2026-11-25T09:00:00"), at("2026-11-25T18:00:00")));
        List<Instant> evidence = List.of(at("2026-11-23T08:59:00"), at("2026-11-23T18:00:00"), at("2026-11-24T09:00:00"));
        assertThat(OpeningPeriods.missed(periods, evidence)).containsExactly(periods.get(0), periods.get(2));
    }
}
