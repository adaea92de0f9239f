package io.yizhan.station.registry.rest;

import io.yizhan.station.registry.OpeningHours;

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

    /** This view with its location in {@code crs}. */
    public StationAdminView in(io.yizhan.common.geo.CoordinateSystem crs) {
        if (crs == io.yizhan.common.geo.CoordinateSystem.WGS84) {
            return this;
        }
        io.yizhan.common.geo.Gcj02.LatLon p = crs.fromWgs84(lat, lon);
        return new StationAdminView(id, tenant, cityName, name, address, district, p.lat(), p.lon(), type, typeLabel, status,
                statusLabel, hostOrganisation, contactName, contactPhone, areaM2, amenities, photos, hours, hoursVerifiedAt,
                hoursVerifiedBy, buildYear, buildKind, managers, version, createdAt, updatedAt);
    }
}
