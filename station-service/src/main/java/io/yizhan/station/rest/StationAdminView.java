package io.yizhan.station.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A station as its city admins see it, contact details included. */
public record StationAdminView(
        UUID id,
        String tenant,
        String cityName,
        String name,
        String address,
        String district,
        double lat,
        double lon,
        String type,
        String typeLabel,
        String status,
        String statusLabel,
        String hostOrganisation,
        String contactName,
        String contactPhone,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
