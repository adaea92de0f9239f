package io.yizhan.locker.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * Dispatches 出货 and their value, reservations, expiries and the median time from reservation to
 * pickup, over reservations made from {@code from} to {@code to} (Asia/Shanghai dates, inclusive).
 */
public record LockerStats(LocalDate from, LocalDate to, String tenant, String groupBy, Row total, List<Row> groups) {

    public record Row(String key, String label, long reservations, long dispatches, long valueFen, long expired,
                      double expiryRate, Double medianMinutesToPickup) {
    }
}
