package io.yizhan.station.registry;

import java.math.BigDecimal;
import java.util.List;

/**
 * A station's details to register or replace, in WGS-84, already checked by Bean Validation on
 * {@code rest.StationRegistration}. The components and their order are the request's on purpose: an
 * Idempotency-Key replay is matched by the hash of this record's JSON, which is thus the same as the
 * request body's was.
 */
public record StationDetails(String name, String address, String district, String tenant, Double lat, Double lon,
                             StationType type, String hostOrganisation, String contactName, String contactPhone,
                             BigDecimal areaM2, Integer buildYear, BuildKind buildKind, List<String> amenities,
                             List<String> photos, OpeningHours hours) {

    public List<String> amenitiesOrEmpty() {
        return amenities == null ? List.of() : amenities;
    }

    public List<String> photosOrEmpty() {
        return photos == null ? List.of() : photos;
    }
}
