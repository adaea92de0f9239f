package io.yizhan.locker.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** data of stock-low: an item's quantity in a locker fell under its threshold. */
public record StockLowPayload(UUID lockerId, UUID stationId, String tenant, UUID itemId, String itemName, long quantity,
                              int threshold, OffsetDateTime at) {
}
