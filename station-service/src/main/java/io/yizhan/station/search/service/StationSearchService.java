package io.yizhan.station.search.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.geo.CoordinateSystem;
import io.yizhan.common.geo.EncodedPolyline;
import io.yizhan.common.geo.Gcj02;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.time.StationTime;
import io.yizhan.station.registry.StationType;
import io.yizhan.station.registry.service.AmenityVocabulary;
import io.yizhan.station.search.MapView;
import io.yizhan.station.search.StationHit;
import io.yizhan.station.search.repository.StationSearchRepository.Filters;
import io.yizhan.station.search.repository.StationSearchRepository.Found;
import io.yizhan.station.search.repository.StationSearchRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Map search for workers and partners: nearby, along a route, and a map viewport. */
@ApplicationScoped
public class StationSearchService {

    /** Above this many stations in a viewport the map gets clusters instead of stations. */
    static final int MAX_STATIONS_ON_MAP = 300;
    /** Grid cells across the longer side of the viewport when clustering. */
    static final int CLUSTER_GRID = 12;

    private final StationSearchRepository repository;
    private final AmenityVocabulary amenities;
    private final ObjectMapper json;
    private final Clock clock;

    public StationSearchService(StationSearchRepository repository, AmenityVocabulary amenities, ObjectMapper json,
                                Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.amenities = amenities;
        this.json = json;
    }

    /**
     * The filters every search shares, as given (checked here: type, openAt, amenities): open now or at a
     * time, 24-hour only, amenity codes comma-separated, type, and the datum {@code crs} of the coordinates.
     */
    public record Criteria(boolean openNow, String openAt, boolean open24h, String amenities, String type, String crs) {
    }

    /**
     * A route as points (in the request's datum) or as an encoded polyline, exactly one of them; corridor
     * (m) and limit default when null.
     */
    public record Route(List<Gcj02.LatLon> points, String polyline, Integer corridor, Integer limit) {

        public static final int DEFAULT_CORRIDOR = 500;
        public static final int DEFAULT_LIMIT = 50;
    }

    public Uni<List<StationHit>> nearby(Criteria criteria, double lat, double lon, int radius, int limit) {
        CoordinateSystem crs = CoordinateSystem.parse(criteria.crs());
        Gcj02.LatLon at = crs.toWgs84(lat, lon);
        return filters(criteria).chain(filters -> repository.nearby(at.lat(), at.lon(), radius, filters, limit))
                .map(found -> found.stream().map(f -> hit(f, crs)).toList());
    }

    public Uni<List<StationHit>> alongRoute(Route search, Criteria criteria) {
        CoordinateSystem crs = CoordinateSystem.parse(criteria.crs());
        List<Gcj02.LatLon> route = routePoints(search).stream().map(p -> crs.toWgs84(p.lat(), p.lon())).toList();
        int corridor = search.corridor() == null ? Route.DEFAULT_CORRIDOR : search.corridor();
        int limit = search.limit() == null ? Route.DEFAULT_LIMIT : search.limit();
        String wkt = route.stream().map(p -> p.lon() + " " + p.lat()).collect(Collectors.joining(",", "LINESTRING(", ")"));
        Gcj02.LatLon start = route.get(0);
        Gcj02.LatLon next = route.stream().skip(1).filter(p -> !p.equals(start)).findFirst().orElse(start);
        return filters(criteria)
                .chain(filters -> repository.alongRoute(wkt, start.lat(), start.lon(), next.lat(), next.lon(), corridor, filters, limit))
                .map(found -> found.stream().map(f -> hit(f, crs)).toList());
    }

    /**
     * A map viewport: the stations passing the filters when at most {@link #MAX_STATIONS_ON_MAP}, else
     * clusters on a grid of about {@link #CLUSTER_GRID} cells across (cells shrink as the map zooms in).
     * The first statement stops after one station more than the map shows. A crowded view without an
     * amenity or opening-time filter reads the counts kept per cell (cells of a power of two of a degree,
     * whole, so its total may include stations up to a cell beyond the view's edges: ADR 0021); with
     * one of those filters, or zoomed in below the smallest kept cell, the stations are grouped as they
     * stand. Either way the total is the clusters' sum.
     */
    public Uni<MapView> map(Criteria criteria, double minLat, double minLon, double maxLat, double maxLon) {
        CoordinateSystem crs = CoordinateSystem.parse(criteria.crs());
        if (minLat >= maxLat || minLon >= maxLon) {
            throw ProblemException.badRequest("minLat", "视野须满足 minLat < maxLat 且 minLon < maxLon / the box must have minLat < maxLat and minLon < maxLon");
        }
        Gcj02.LatLon low = crs.toWgs84(minLat, minLon);
        Gcj02.LatLon high = crs.toWgs84(maxLat, maxLon);
        return filters(criteria).chain(filters -> repository.inBox(low.lat(), low.lon(), high.lat(), high.lon(), filters,
                MAX_STATIONS_ON_MAP + 1).chain(found -> {
            if (found.size() <= MAX_STATIONS_ON_MAP) {
                return Uni.createFrom().item(new MapView("stations", found.size(), found.stream().map(f -> hit(f, crs)).toList(), List.of()));
            }
            double cell = Math.max(high.lat() - low.lat(), high.lon() - low.lon()) / CLUSTER_GRID;
            int exponent = (int) Math.round(Math.log(cell) / Math.log(2));
            boolean counted = filters.amenitiesJson() == null && filters.openAtLocal() == null
                    && exponent >= StationSearchRepository.MIN_CELL_EXPONENT;
            return (counted
                    ? repository.clustersOfCells(Math.min(exponent, StationSearchRepository.MAX_CELL_EXPONENT),
                            low.lat(), low.lon(), high.lat(), high.lon(), filters)
                    : repository.clustersInBox(low.lat(), low.lon(), high.lat(), high.lon(), filters, cell))
                    .map(rows -> new MapView("clusters", rows.stream().mapToLong(StationSearchRepository.ClusterRow::count).sum(), List.of(),
                            rows.stream().map(r -> {
                                Gcj02.LatLon centre = crs.fromWgs84(r.lat(), r.lon());
                                Gcj02.LatLon min = crs.fromWgs84(r.minLat(), r.minLon());
                                Gcj02.LatLon max = crs.fromWgs84(r.maxLat(), r.maxLon());
                                return new MapView.Cluster(centre.lat(), centre.lon(), r.count(), min.lat(), min.lon(), max.lat(), max.lon());
                            }).toList()));
        }));
    }

    private static List<Gcj02.LatLon> routePoints(Route search) {
        boolean hasPoints = search.points() != null && !search.points().isEmpty();
        boolean hasPolyline = search.polyline() != null && !search.polyline().isBlank();
        if (hasPoints == hasPolyline) {
            throw ProblemException.badRequest("points", "请给出 points 或 polyline 之一 / give either points or polyline, not both or neither");
        }
        List<Gcj02.LatLon> points;
        String field = hasPoints ? "points" : "polyline";
        if (hasPoints) {
            points = search.points();
        } else {
            try {
                points = EncodedPolyline.decode(search.polyline());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("polyline", "不是有效的编码路线 / not an encoded polyline: " + e.getMessage());
            }
            for (Gcj02.LatLon p : points) {
                if (p.lat() < 3.8 || p.lat() > 53.6 || p.lon() < 73.5 || p.lon() > 135.1) {
                    throw ProblemException.badRequest("polyline", "路线须在中国境内 / the route must lie in China");
                }
            }
        }
        if (points.size() < 2 || points.size() > 2000) {
            throw ProblemException.badRequest(field, "路线须有 2–2000 个点 / a route has 2 to 2000 points, this one has " + points.size());
        }
        return points;
    }

    // No Hibernate session here: a search's own statement runs on the reactive pool, and the amenity vocabulary
    // opens one only when it reloads (every 30 s). A session opened per search showed in its profile.
    Uni<Filters> filters(Criteria query) {
        String type = null;
        if (query.type() != null && !query.type().isBlank()) {
            try {
                type = StationType.valueOf(query.type().trim().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("type", "未知驿站类型 / unknown type; one of " + Arrays.toString(StationType.values()));
            }
        }
        LocalDateTime openAt = query.openAt() != null && !query.openAt().isBlank() ? localTime(parseTime(query.openAt()))
                : query.openNow() ? localTime(OffsetDateTime.now(clock)) : null;
        List<String> codes = query.amenities() == null || query.amenities().isBlank() ? List.of()
                : Arrays.stream(query.amenities().split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        String finalType = type;
        if (codes.isEmpty()) {
            return Uni.createFrom().item(new Filters(query.open24h(), null, finalType, openAt));
        }
        return amenities.unknown(codes).map(unknown -> {
            if (!unknown.isEmpty()) {
                throw ProblemException.badRequest("amenities", "未知设施 / unknown amenities: " + String.join(", ", unknown));
            }
            return new Filters(query.open24h(), write(codes), finalType, openAt);
        });
    }

    private static OffsetDateTime parseTime(String value) {
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("openAt",
                    "时间须为带时区的 ISO-8601，如 2026-12-01T10:00:00+08:00 / openAt must be ISO-8601 with an offset, e.g. 2026-12-01T10:00:00+08:00");
        }
    }

    private static LocalDateTime localTime(OffsetDateTime at) {
        return at.atZoneSameInstant(StationTime.ZONE).toLocalDateTime();
    }

    private StationHit hit(Found f, CoordinateSystem crs) {
        Gcj02.LatLon point = crs.fromWgs84(f.lat(), f.lon());
        return new StationHit(f.id(), f.tenant(), f.name(), f.address(), f.district(), point.lat(), point.lon(),
                f.type(), f.status(), f.open24h(), read(f.amenitiesJson()), round(f.distanceM()), round(f.alongRouteM()),
                round(f.offRouteM()));
    }

    private static Long round(Double metres) {
        return metres == null ? null : Math.round(metres);
    }

    private String write(List<String> codes) {
        try {
            return json.writeValueAsString(codes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String codes) {
        try {
            return json.readValue(codes, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("amenities column is not a JSON array", e);
        }
    }
}
