package io.yizhan.common.geo;

import io.yizhan.common.problem.ProblemException;

/** The datum of coordinates in a request and its response: WGS-84 unless {@code crs=gcj02} is asked for. */
public enum CoordinateSystem {
    WGS84, GCJ02;

    public static CoordinateSystem parse(String crs) {
        if (crs == null || crs.isBlank() || crs.equalsIgnoreCase("wgs84")) {
            return WGS84;
        }
        if (crs.equalsIgnoreCase("gcj02")) {
            return GCJ02;
        }
        throw ProblemException.badRequest("crs", "坐标系只能是 wgs84 或 gcj02 / crs must be wgs84 or gcj02");
    }

    /** A point given in this datum, in WGS-84 (what we store). */
    public Gcj02.LatLon toWgs84(double lat, double lon) {
        return this == GCJ02 ? Gcj02.toWgs84(lat, lon) : new Gcj02.LatLon(lat, lon);
    }

    /** A stored WGS-84 point in this datum. */
    public Gcj02.LatLon fromWgs84(double lat, double lon) {
        return this == GCJ02 ? Gcj02.fromWgs84(lat, lon) : new Gcj02.LatLon(lat, lon);
    }
}
