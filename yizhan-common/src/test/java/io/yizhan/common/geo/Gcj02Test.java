package io.yizhan.common.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GCJ-02 against reference points published with other implementations of the same transform, so that
 * a slip in a constant or a term shows here and not as a station 100 m off on a partner's map.
 */
class Gcj02Test {

    /** WGS-84 lat, lon and the GCJ-02 lat, lon published for it. */
    record Reference(String place, double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
    }

    static final Reference[] PUBLISHED = {
            // googollee/eviltransform, go/transform_test.go (shanghai, shenzhen, beijing)
            new Reference("上海 Shanghai", 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),
            new Reference("深圳 Shenzhen", 22.543847, 113.912316, 22.540796131694766, 113.9171764808363),
            new Reference("北京 Beijing", 39.911954, 116.377817, 39.91334545536069, 116.38404722455657),
            // wandergis/coordtransform, test/app.js: wgs84togcj02(116.404, 39.915)
            new Reference("天安门 Tiananmen", 39.915, 116.404, 39.91640428150164, 116.41024449916938),
    };

    /** Metres between two nearby points (equirectangular: exact enough at a few metres). */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double perDegree = 111_320.0;
        double dy = (lat2 - lat1) * perDegree;
        double dx = (lon2 - lon1) * perDegree * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.hypot(dx, dy);
    }

    @Test
    void theForwardTransformHitsThePublishedPointsWithinHalfAMetre() {
        for (Reference ref : PUBLISHED) {
            Gcj02.LatLon gcj = Gcj02.fromWgs84(ref.wgsLat(), ref.wgsLon());
            assertThat(metres(gcj.lat(), gcj.lon(), ref.gcjLat(), ref.gcjLon())).as(ref.place()).isLessThan(0.5);
            // and the shift itself is the hundreds of metres that make the datum matter
            assertThat(metres(gcj.lat(), gcj.lon(), ref.wgsLat(), ref.wgsLon())).as(ref.place()).isBetween(100.0, 1_000.0);
        }
    }

    @Test
    void theInverseOfAPublishedPointComesBackWithinAMetre() {
        for (Reference ref : PUBLISHED) {
            Gcj02.LatLon wgs = Gcj02.toWgs84(ref.gcjLat(), ref.gcjLon());
            assertThat(metres(wgs.lat(), wgs.lon(), ref.wgsLat(), ref.wgsLon())).as(ref.place()).isLessThan(1.0);
        }
    }

    @Test
    void aRoundTripAcrossFujianStaysWithinAMetre() {
        for (double lat = 23.5; lat <= 28.3; lat += 0.4) {
            for (double lon = 115.8; lon <= 120.7; lon += 0.4) {
                Gcj02.LatLon gcj = Gcj02.fromWgs84(lat, lon);
                Gcj02.LatLon back = Gcj02.toWgs84(gcj.lat(), gcj.lon());
                assertThat(metres(back.lat(), back.lon(), lat, lon)).as("%s,%s", lat, lon).isLessThan(1.0);
            }
        }
    }

    @Test
    void outsideChinaBothWaysAreTheIdentity() {
        double[][] abroad = {{48.8584, 2.2945}, {-33.8568, 151.2153}, {40.6892, -74.0445}, {0.5, 100.0}};
        for (double[] p : abroad) {
            assertThat(Gcj02.fromWgs84(p[0], p[1])).isEqualTo(new Gcj02.LatLon(p[0], p[1]));
            assertThat(Gcj02.toWgs84(p[0], p[1])).isEqualTo(new Gcj02.LatLon(p[0], p[1]));
        }
    }
}
