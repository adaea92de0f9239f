package io.yizhan.locker.rest;

import java.util.List;
import java.util.UUID;

/** A locker near the worker with what can be reserved in it now. */
public record NearbyLockerView(UUID id, String name, String tenant, UUID stationId, String stationName, double lat,
                               double lon, double distanceM, boolean online, String onlineLabel, List<InStock> inStock) {

    public record InStock(UUID itemId, String itemName, boolean membersOnly, long available) {
    }
}
