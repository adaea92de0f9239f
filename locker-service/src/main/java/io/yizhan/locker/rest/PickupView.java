package io.yizhan.locker.rest;

import io.yizhan.locker.service.PickupService;

import java.util.UUID;

/** What the device does: open this compartment, and report back under this transaction id. */
public record PickupView(UUID transactionId, UUID reservationId, int compartmentNumber, UUID itemId, String itemName,
                         String status, String statusLabel) {

    public static PickupView of(PickupService.Pickup p) {
        return new PickupView(p.transactionId(), p.reservation().id, p.reservation().compartmentNumber, p.reservation().itemId,
                p.reservation().itemName, p.status().name(), p.status().label);
    }
}
