package io.yizhan.locker.rest;

import io.yizhan.locker.service.DeviceCommandService;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An audited remote opening. Nothing is dispensed yet: {@code command} is what the device was told, and
 * a reservation's unit counts as picked up only when the device confirms the door opened.
 */
public record RemoteOpenView(UUID id, UUID lockerId, int compartmentNumber, UUID reservationId, boolean dispensed,
                             String openedBy, OffsetDateTime at, DeviceCommandView command) {

    public static RemoteOpenView of(DeviceCommandService.RemoteOpening o) {
        return new RemoteOpenView(o.id(), o.lockerId(), o.compartmentNumber(), o.reservationId(), false, o.openedBy(), o.at(),
                DeviceCommandView.of(o.command()));
    }
}
