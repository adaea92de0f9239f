package io.yizhan.locker.rest;

import io.yizhan.locker.DeviceCommand;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A command to a locker's device and where it stands: {@code status} PENDING until the device answers;
 * UNKNOWN (待核对) is an opening the device never answered, shown to the station desk until the
 * device's next answer or stock report settles it.
 */
public record DeviceCommandView(UUID id, UUID lockerId, String kind, String kindLabel, Integer compartmentNumber,
                                UUID reservationId, String status, String statusLabel, String outcome, String requestedBy,
                                OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime sentAt, int sendCount,
                                int ackCount, OffsetDateTime ackedAt, String closedBy) {

    public static DeviceCommandView of(DeviceCommand c) {
        return new DeviceCommandView(c.id, c.lockerId, c.kind.name(), c.kind.label, c.compartmentNumber, c.reservationId,
                c.status.name(), c.status.label, c.outcome, c.requestedBy, c.createdAt, c.expiresAt, c.sentAt, c.sendCount,
                c.ackCount, c.ackedAt, c.closedBy);
    }
}
