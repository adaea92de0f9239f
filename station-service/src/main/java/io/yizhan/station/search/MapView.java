package io.yizhan.station.search;

import java.util.List;

/**
 * What a map shows for a viewport: the stations themselves when few enough, else clusters of a
 * grid (each with its count, centre and bounds) that the client draws as bubbles.
 */
public record MapView(String mode, long total, List<StationHit> stations, List<Cluster> clusters) {

    public record Cluster(double lat, double lon, long count, double minLat, double minLon, double maxLat, double maxLon) {
    }
}
