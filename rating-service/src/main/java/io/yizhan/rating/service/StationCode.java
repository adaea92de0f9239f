package io.yizhan.rating.service;

import java.util.Locale;
import java.util.UUID;

/**
 * The short code printed under a poster's QR code, e.g. {@code 3F2A-9C1B}: the first 32 bits of the
 * station id, so that a phone call to the city desk ("the station with code 3F2A-9C1B") or a
 * damaged poster can be matched to the station by the start of its id. It is a reading aid, not a
 * key: two of a province's stations share one only by a one-in-four-billion chance per pair.
 */
public final class StationCode {

    private StationCode() {
    }

    public static String of(UUID stationId) {
        String hex = stationId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return hex.substring(0, 4) + "-" + hex.substring(4);
    }
}
