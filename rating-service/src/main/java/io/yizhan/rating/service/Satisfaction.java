package io.yizhan.rating.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Satisfaction of a station, a city or the province as of a moment, as {@link SatisfactionService}
 * computes it: rolling 7/30/90-day figures, the time of day (station time, over 90 days) and a 12-week
 * trend. Averages have 2 decimals, shares 3; both are null where there are no ratings. The API shows
 * it as {@code rest.SatisfactionReport}, whose shape is the published contract; this one is free to change.
 */
public record Satisfaction(String scope, UUID stationId, String stationName, String tenant, String tenantName,
                           OffsetDateTime asOf, double threshold, int minRatings, boolean low,
                           List<Window> windows, List<TimeOfDay> timeOfDay, List<Week> weekly) {

    /** {@code shareHigh}: share of scores 4 and 5. */
    public record Window(int days, long ratings, BigDecimal average, BigDecimal shareHigh, Dimensions dimensions) {
    }

    public record Dimensions(BigDecimal environment, BigDecimal facilities, BigDecimal service, BigDecimal openingAsPosted) {
    }

    /** Hours {@code [fromHour, toHour)} station time. */
    public record TimeOfDay(int fromHour, int toHour, String label, long ratings, BigDecimal average) {
    }

    /** A week from Monday, station time. */
    public record Week(LocalDate weekStart, long ratings, BigDecimal average) {
    }
}
