package io.yizhan.locker.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A locker; {@code compartments} only in the single-locker view, {@code deviceClientId} only for admins. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LockerView(UUID id, String tenant, UUID stationId, String stationName, String stationStatus, String name,
                         String deviceClientId, int compartmentCount, boolean online, String onlineLabel,
                         OffsetDateTime lastHeartbeatAt, OffsetDateTime createdAt, List<CompartmentView> compartments) {

    public record CompartmentView(int number, UUID itemId, String itemName, int quantity, int held, int available) {
    }
}
