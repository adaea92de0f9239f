package io.yizhan.locker.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RemoteOpenView(UUID id, UUID lockerId, int compartmentNumber, UUID reservationId, boolean dispensed,
                             String openedBy, OffsetDateTime at) {
}
