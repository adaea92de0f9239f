package io.yizhan.locker.rest;

import io.yizhan.locker.repository.StatsRepository;
import io.yizhan.locker.service.StatsService;

import java.time.LocalDate;
import java.util.List;

/**
 * Dispatches 出货 and their value, reservations, expiries and the median time from reservation to
 * pickup, over reservations made from {@code from} to {@code to} (Asia/Shanghai dates, inclusive); beside
 * them the value stocked by restocks in the same period.
 */
public record LockerStats(LocalDate from, LocalDate to, String tenant, String groupBy, Row total, List<Row> groups) {

    public static LockerStats of(StatsService.Stats s) {
        return new LockerStats(s.from(), s.to(), s.tenant(), s.groupBy(), Row.of(s.total()),
                s.groups().stream().map(Row::of).toList());
    }

    /**
     * One row; {@code stockedFen} is the value put into the lockers by restocks in the period (or month),
     * {@code lockersStocked} how many lockers got it, {@code stockedFenPerLockerMonth} the article's
     * "value stocked per locker per month" (the period counted in months of 30.44 days; a month row is one).
     */
    public record Row(String key, String label, long reservations, long dispatches, long valueFen, long expired,
                      double expiryRate, Double medianMinutesToPickup, long stockedFen, long lockersStocked,
                      long stockedFenPerLockerMonth) {

        static Row of(StatsRepository.Figures f) {
            return new Row(f.key(), f.label(), f.reservations(), f.dispatches(), f.valueFen(), f.expired(), f.expiryRate(),
                    f.medianMinutesToPickup(), f.stockedFen(), f.lockersStocked(), f.stockedFenPerLockerMonth());
        }
    }
}
