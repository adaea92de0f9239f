package io.yizhan.locker.rest;

import io.yizhan.locker.repository.StatsRepository;
import io.yizhan.locker.service.StatsService;

import java.time.LocalDate;
import java.util.List;

/**
 * Dispatches 出货 and their value, reservations, expiries and the median time from reservation to
 * pickup, over reservations made from {@code from} to {@code to} (Asia/Shanghai dates, inclusive).
 */
public record LockerStats(LocalDate from, LocalDate to, String tenant, String groupBy, Row total, List<Row> groups) {

    public static LockerStats of(StatsService.Stats s) {
        return new LockerStats(s.from(), s.to(), s.tenant(), s.groupBy(), Row.of(s.total()),
                s.groups().stream().map(Row::of).toList());
    }

    public record Row(String key, String label, long reservations, long dispatches, long valueFen, long expired,
                      double expiryRate, Double medianMinutesToPickup) {

        static Row of(StatsRepository.Figures f) {
            return new Row(f.key(), f.label(), f.reservations(), f.dispatches(), f.valueFen(), f.expired(), f.expiryRate(),
                    f.medianMinutesToPickup());
        }
    }
}
