package io.yizhan.station.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * A station found by a search, in the request's datum. {@code distanceM} is from the search point;
 * along a route, {@code alongRouteM} is how far along the route it lies and {@code offRouteM} how far
 * off it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StationHit(
        UUID id,
        String tenant,
        String name,
        String address,
        String district,
        double lat,
        double lon,
        String type,
        String status,
        boolean open24h,
        List<String> amenities,
        Long distanceM,
        Long alongRouteM,
        Long offRouteM) {
}
