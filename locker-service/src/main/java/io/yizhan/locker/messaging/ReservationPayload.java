package io.yizhan.locker.messaging;

import io.yizhan.locker.Reservation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** data of item-reserved, item-picked-up and reservation-expired (no worker identity: personal data stays here). */
public record ReservationPayload(UUID reservationId, UUID lockerId, UUID stationId, String tenant, UUID itemId,
                                 String itemName, int compartmentNumber, int unitValueFen, String status,
                                 OffsetDateTime reservedAt, OffsetDateTime expiresAt, OffsetDateTime pickedUpAt,
                                 String closedBy, OffsetDateTime at) {

    public static ReservationPayload of(Reservation r, String status, OffsetDateTime pickedUpAt, String closedBy,
                                        OffsetDateTime at) {
        return new ReservationPayload(r.id, r.lockerId, r.stationId, r.tenant, r.itemId, r.itemName, r.compartmentNumber,
                r.unitValueFen, status, r.createdAt, r.expiresAt, pickedUpAt, closedBy, at);
    }
}
