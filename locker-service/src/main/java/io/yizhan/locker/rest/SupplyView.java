package io.yizhan.locker.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SupplyView(UUID id, String tenant, String name, int unitValueFen, int lowStockThreshold, int quotaCount,
                         int quotaDays, String quotaLabel, boolean membersOnly, boolean oncePerWorker,
                         OffsetDateTime updatedAt) {
}
