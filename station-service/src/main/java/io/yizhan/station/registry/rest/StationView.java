package io.yizhan.station.registry.rest;

import io.yizhan.station.registry.OpeningHours;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What every signed-in user (workers, partners) sees of a station: no personal contact data. */
public record StationView(
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
        String contactPhoneMasked,
        BigDecimal areaM2,
        List<String> amenities,
        List<String> photos,
        OpeningHours hours,
        OffsetDateTime hoursVerifiedAt,
        Integer buildYear,
        String buildKind) {

    /** This view with its location in {@code crs}. */
    public StationView in(io.yizhan.common.geo.CoordinateSystem crs) {
        if (crs == io.yizhan.common.geo.CoordinateSystem.WGS84) {
            return this;
        }
        io.yizhan.common.geo.Gcj02.LatLon p = crs.fromWgs84(lat, lon);
        return new StationView(id, tenant, cityName, name, address, district, p.lat(), p.lon(), type, typeLabel, status,
                statusLabel, hostOrganisation, contactPhoneMasked, areaM2, amenities, photos, hours, hoursVerifiedAt, buildYear,
                buildKind);
    }
}
