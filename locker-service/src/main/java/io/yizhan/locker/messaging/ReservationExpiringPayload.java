package io.yizhan.locker.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * data of {@code yizhan.locker.reservation-expiring}: the one locker event that names a worker, by Keycloak
 * subject only, so that partner-service can tell them (it is never forwarded to partners). No pickup
 * code, no QR payload: the worker has those in the app.
 */
public record ReservationExpiringPayload(UUID reservationId, UUID stationId, String tenant, String subject, String itemName,
                                         OffsetDateTime expiresAt, OffsetDateTime at) {
}
