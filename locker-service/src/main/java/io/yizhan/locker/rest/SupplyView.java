package io.yizhan.locker.rest;

import io.yizhan.locker.Supply;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SupplyView(UUID id, String tenant, String name, int unitValueFen, int lowStockThreshold, int quotaCount,
                         int quotaDays, String quotaLabel, boolean membersOnly, boolean oncePerWorker,
                         OffsetDateTime updatedAt) {

    public static SupplyView of(Supply s) {
        String quota = s.oncePerWorker ? "每人限领一次 / once per worker"
                : "每人每 " + s.quotaDays + " 天限 " + s.quotaCount + " 件 / " + s.quotaCount + " per worker per " + s.quotaDays + " days";
        return new SupplyView(s.id, s.tenant, s.name, s.unitValueFen, s.lowStockThreshold, s.quotaCount, s.quotaDays,
                quota, s.membersOnly, s.oncePerWorker, s.updatedAt);
    }
}
