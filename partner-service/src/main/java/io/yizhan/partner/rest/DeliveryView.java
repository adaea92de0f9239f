package io.yizhan.partner.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the delivery log: an event for one subscription and how its last attempt went. */
public record DeliveryView(UUID id, UUID subscriptionId, UUID eventId, String eventType, String status,
                           String statusLabel, int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt,
                           Integer lastStatusCode, String lastError, OffsetDateTime createdAt, OffsetDateTime deliveredAt) {
}
