package io.yizhan.station.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One generated station, in the station table's terms (enum codes as strings, JSON columns as JSON
 * text), so that it can be inserted or written as CSV without the service around it.
 */
public record DemoStation(
        UUID id,
        String tenant,
        String name,
        String address,
        String district,
        double lat,
        double lon,
        String type,
        String status,
        String hostOrganisation,
        String contactName,
        String contactPhone,
        double areaM2,
        int buildYear,
        String buildKind,
        List<String> amenities,
        boolean open24h,
        String weeklyHoursJson,
        OffsetDateTime createdAt,
        OffsetDateTime openedAt) {

    /** Amenity codes as a JSON array (codes are plain ASCII words, nothing to escape). */
    public String amenitiesJson() {
        return amenities.stream().map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
