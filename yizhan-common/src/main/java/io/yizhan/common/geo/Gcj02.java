package io.yizhan.common.geo;

/**
 * The GCJ-02 datum that Chinese map apps (AMap, Tencent) use, from and to WGS-84, after the
 * published transform. Points outside China are left as they are, as those apps do.
 */
public final class Gcj02 {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;

    private Gcj02() {
    }

    public record LatLon(double lat, double lon) {
    }

    public static LatLon fromWgs84(double lat, double lon) {
        if (outsideChina(lat, lon)) {
            return new LatLon(lat, lon);
        }
        double dLat = shiftLat(lon - 105.0, lat - 35.0);
        double dLon = shiftLon(lon - 105.0, lat - 35.0);
        double radLat = Math.toRadians(lat);
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LatLon(lat + dLat, lon + dLon);
    }

    /** The inverse has no closed form: a few fixed-point steps bring it below a millimetre. */
    public static LatLon toWgs84(double lat, double lon) {
        if (outsideChina(lat, lon)) {
            return new LatLon(lat, lon);
        }
        double wLat = lat;
        double wLon = lon;
        for (int i = 0; i < 8; i++) {
            LatLon there = fromWgs84(wLat, wLon);
            wLat -= there.lat() - lat;
            wLon -= there.lon() - lon;
        }
        return new LatLon(wLat, wLon);
    }

    static boolean outsideChina(double lat, double lon) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double shiftLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double shiftLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
