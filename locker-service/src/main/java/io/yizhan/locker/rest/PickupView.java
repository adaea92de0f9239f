package io.yizhan.locker.rest;

import java.util.UUID;

/** What the device does: open this compartment, and report back under this transaction id. */
public record PickupView(UUID transactionId, UUID reservationId, int compartmentNumber, UUID itemId, String itemName,
                         String status, String statusLabel) {
}
