package io.yizhan.locker.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** data of device-online / device-offline. */
public record DeviceStatusPayload(UUID lockerId, UUID stationId, String tenant, boolean online,
                                  OffsetDateTime lastHeartbeatAt, OffsetDateTime at) {
}
