package io.yizhan.station.registry.messaging;

import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of every station event: the station's public state after the change.
 * Consumers keep replicas from it and apply only a higher {@code version} than they hold.
 * {@code managers} are the login names of its station managers, so other services can let a
 * manager act on their own station only.
 * Documented in docs/events/station-events.md; fields are only ever added.
 */
public record StationEventPayload(
        UUID id,
        String tenant,
        String name,
        String address,
        String district,
        double lat,
        double lon,
        String type,
        String status,
        boolean open24h,
        List<String> amenities,
        List<String> managers,
        long version,
        String previousStatus,
        String reason) {
}
