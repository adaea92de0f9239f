package io.yizhan.station.search.rest;

import io.yizhan.station.search.service.StationSearchService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filters shared by every search: open now or at a time, 24-hour only, amenities (all of), type, datum. */
public class SearchFilters {

    /** Only stations open at the moment of the request. */
    @QueryParam("openNow")
    public boolean openNow;

    /** Only stations open at this time (ISO-8601 with offset); wins over openNow. */
    @QueryParam("openAt")
    @Size(max = 40, message = "时间过长 / openAt too long")
    public String openAt;

    @QueryParam("open24h")
    public boolean open24h;

    /** Comma-separated amenity codes; a station must have all of them. */
    @QueryParam("amenities")
    @Size(max = 400, message = "设施列表过长 / amenities list too long")
    public String amenities;

    @QueryParam("type")
    public String type;

    /** wgs84 (default) or gcj02, for the coordinates given and returned. */
    @QueryParam("crs")
    public String crs;

    public StationSearchService.Criteria toCriteria() {
        return new StationSearchService.Criteria(openNow, openAt, open24h, amenities, type, crs);
    }
}
