package io.yizhan.rating.service;

import io.yizhan.rating.config.RatingConfig;
import io.yizhan.rating.repository.SatisfactionStateRepository.RatingSums;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The satisfaction figure with anonymous (QR, not logged-in) ratings weighted and capped
 * (docs/evaluation.md, "Anonymous ratings"): each anonymous rating weighs {@code anonymous.weight}
 * (0.25) of a logged-in worker's, and together they weigh at most {@code anonymous.max-share} (0.2)
 * of the station's total, so with no logged-in ratings they weigh nothing. The minimum number of
 * ratings is compared with the total weight, and a station is low only when the weighted average and
 * the logged-in workers' own average are both under the threshold: no anonymous flood, however large,
 * cards a station on its own.
 *
 * @param ratings every rating counted (logged-in and anonymous)
 * @param weight  the total weight the figure rests on
 * @param average the weighted average, 2 decimals (0 when there is no weight)
 * @param workersAverage the logged-in workers' own average (0 when there are none)
 */
public record WeightedSatisfaction(long ratings, double weight, BigDecimal average, double workersAverage) {

    /** From the four sums of a window: logged-in count and score sum, anonymous count and score sum. */
    public static WeightedSatisfaction of(long workers, long workerSum, long anonymous, long anonymousSum,
                                          double anonymousWeight, double maxShare) {
        double raw = anonymousWeight * anonymous;
        double cap = maxShare >= 1 ? Double.MAX_VALUE : maxShare / (1 - maxShare) * workers;
        double anonymousTotal = Math.min(raw, cap);
        double weight = workers + anonymousTotal;
        double weighted = workerSum + (anonymous == 0 ? 0 : anonymousTotal * anonymousSum / anonymous);
        BigDecimal average = weight == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(weighted / weight).setScale(2, RoundingMode.HALF_UP);
        return new WeightedSatisfaction(workers + anonymous, round(weight), average,
                workers == 0 ? 0 : (double) workerSum / workers);
    }

    public static WeightedSatisfaction of(RatingSums sums, RatingConfig.Anonymous rule) {
        return of(sums.workers(), sums.workerSum(), sums.anonymous(), sums.anonymousSum(), rule.weight(), rule.maxShare());
    }

    public boolean low(double threshold, int minRatings) {
        return weight >= minRatings && average.doubleValue() < threshold && workersAverage < threshold;
    }

    private static double round(double weight) {
        return Math.round(weight * 100) / 100.0;
    }
}
