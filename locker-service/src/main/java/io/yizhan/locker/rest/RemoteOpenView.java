package io.yizhan.locker.rest;

import io.yizhan.locker.service.PickupService;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RemoteOpenView(UUID id, UUID lockerId, int compartmentNumber, UUID reservationId, boolean dispensed,
                             String openedBy, OffsetDateTime at) {

    public static RemoteOpenView of(PickupService.RemoteOpening o) {
        return new RemoteOpenView(o.id(), o.lockerId(), o.compartmentNumber(), o.reservationId(), o.dispensed(), o.openedBy(), o.at());
    }
}
