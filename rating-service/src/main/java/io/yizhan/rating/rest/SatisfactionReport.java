package io.yizhan.rating.rest;

import io.yizhan.rating.service.Satisfaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Satisfaction of a station, a city or the province as of a moment: rolling 7/30/90-day figures,
 * the time of day (station time, over 90 days) and a 12-week trend. Averages have 2 decimals, shares 3;
 * both are null where there are no ratings.
 */
public record SatisfactionReport(String scope, UUID stationId, String stationName, String tenant, String tenantName,
                                 OffsetDateTime asOf, double threshold, int minRatings, boolean low,
                                 List<Window> windows, List<TimeOfDay> timeOfDay, List<Week> weekly) {

    public static SatisfactionReport of(Satisfaction s) {
        return new SatisfactionReport(s.scope(), s.stationId(), s.stationName(), s.tenant(), s.tenantName(), s.asOf(),
                s.threshold(), s.minRatings(), s.low(),
                s.windows().stream().map(w -> new Window(w.days(), w.ratings(), w.average(), w.shareHigh(),
                        new Dimensions(w.dimensions().environment(), w.dimensions().facilities(), w.dimensions().service(),
                                w.dimensions().openingAsPosted()))).toList(),
                s.timeOfDay().stream().map(t -> new TimeOfDay(t.fromHour(), t.toHour(), t.label(), t.ratings(), t.average())).toList(),
                s.weekly().stream().map(w -> new Week(w.weekStart(), w.ratings(), w.average())).toList());
    }

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
