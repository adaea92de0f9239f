package io.yizhan.locker.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A reservation as its worker sees it: the pickup code to type at the locker, or the QR payload to scan. */
public record ReservationView(UUID id, UUID lockerId, UUID stationId, UUID itemId, String itemName, int compartmentNumber,
                              int unitValueFen, String pickupCode, String qrPayload, String status, String statusLabel,
                              OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime pickedUpAt) {
}
