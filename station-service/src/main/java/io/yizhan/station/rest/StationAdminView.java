package io.yizhan.station.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A station as its city admins and managers see it, contact details included. */
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
        BigDecimal areaM2,
        List<String> amenities,
        List<String> photos,
        OpeningHours hours,
        OffsetDateTime hoursVerifiedAt,
        String hoursVerifiedBy,
        Integer buildYear,
        String buildKind,
        List<String> managers,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
