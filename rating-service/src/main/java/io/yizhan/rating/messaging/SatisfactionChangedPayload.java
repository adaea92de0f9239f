package io.yizhan.rating.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * data of {@code yizhan.rating.satisfaction-changed}. {@code reason}: {@code BELOW_THRESHOLD} (the
 * 30-day average fell below the threshold with at least {@code minRatings} ratings: alert the station's
 * managers), {@code BACK_ABOVE_THRESHOLD} (no longer so), or {@code DAILY} (the day's figure, with
 * {@code day}, {@code dayRatings} and {@code dayAverage}). {@code average30} weighs anonymous ratings
 * down and caps them ({@code WeightedSatisfaction}); {@code weight30} is the weight it rests on, the
 * figure compared with {@code minRatings}; {@code ratings30} counts every rating.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SatisfactionChangedPayload(UUID stationId, String tenant, String reason, boolean low,
                                         BigDecimal average30, long ratings30, double threshold, int minRatings,
                                         LocalDate day, Long dayRatings, BigDecimal dayAverage, OffsetDateTime at,
                                         double weight30) {
}
