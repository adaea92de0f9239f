package io.yizhan.locker.rest;

import io.yizhan.locker.Reservation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A reservation as its worker sees it: the pickup code to type at the locker, or the QR payload to scan. */
public record ReservationView(UUID id, UUID lockerId, UUID stationId, UUID itemId, String itemName, int compartmentNumber,
                              int unitValueFen, String pickupCode, String qrPayload, String status, String statusLabel,
                              OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime pickedUpAt) {

    public static ReservationView of(Reservation r) {
        return new ReservationView(r.id, r.lockerId, r.stationId, r.itemId, r.itemName, r.compartmentNumber, r.unitValueFen,
                r.pickupCode, r.qrPayload, r.status.name(), r.status.label, r.createdAt, r.expiresAt, r.pickedUpAt);
    }

    /** As the locker's admins and managers see it: without the pickup code and QR payload, which are the worker's. */
    public static ReservationView withoutCode(Reservation r) {
        return new ReservationView(r.id, r.lockerId, r.stationId, r.itemId, r.itemName, r.compartmentNumber, r.unitValueFen,
                null, null, r.status.name(), r.status.label, r.createdAt, r.expiresAt, r.pickedUpAt);
    }
}
