package io.yizhan.station.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * The stations with the lowest average rating in the last {@code days} days, lowest first, among
 * those with at least {@code minRatings} ratings (fewer say little) that are not delisted.
 */
public record LowestRated(String tenant, int days, int minRatings, List<Station> stations) {

    public record Station(UUID stationId, String name, String tenant, String district, long ratings, double average) {
    }
}
