package io.yizhan.common.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the encoded polyline format that map SDKs use for routes (precision 5: 1e-5 degree).
 * Malformed input raises {@link IllegalArgumentException}.
 */
public final class EncodedPolyline {

    private EncodedPolyline() {
    }

    public static List<Gcj02.LatLon> decode(String encoded) {
        List<Gcj02.LatLon> points = new ArrayList<>();
        int[] index = {0};
        long lat = 0;
        long lon = 0;
        while (index[0] < encoded.length()) {
            lat += nextValue(encoded, index);
            lon += nextValue(encoded, index);
            points.add(new Gcj02.LatLon(lat / 1e5, lon / 1e5));
        }
        return points;
    }

    private static long nextValue(String encoded, int[] index) {
        long result = 0;
        int shift = 0;
        int chunk;
        do {
            if (index[0] >= encoded.length()) {
                throw new IllegalArgumentException("polyline ends in the middle of a value");
            }
            chunk = encoded.charAt(index[0]++) - 63;
            if (chunk < 0 || chunk > 63 || shift > 30) {
                throw new IllegalArgumentException("not an encoded polyline character at " + (index[0] - 1));
            }
            result |= (long) (chunk & 0x1f) << shift;
            shift += 5;
        } while (chunk >= 0x20);
        return (result & 1) != 0 ? ~(result >> 1) : (result >> 1);
    }
}
