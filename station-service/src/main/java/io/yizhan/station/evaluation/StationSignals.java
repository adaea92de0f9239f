package io.yizhan.station.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the evaluation knows about a station, each figure with the window and threshold it is read against. */
public record StationSignals(Usage usage, Satisfaction satisfaction, Opening opening, Complaints complaints, Help help) {

    /**
     * Uses per complete week (door entries in, locker pickups, duty check-ins, health checks);
     * {@code judgedWeeks}: how many of the latest weeks the station was open for all of.
     */
    public record Usage(int minWeeklyUses, int lowWeeksInARow, int judgedWeeks, List<Week> weeks) {
    }

    public record Week(LocalDate week, long uses) {
    }

    /**
     * Ratings in the window: {@code ratings} counts all of them, {@code average} is weighted (anonymous
     * ones weigh less and are capped), {@code weight} is what it rests on (compared with
     * {@code minRatings}), {@code workersAverage} is the logged-in workers' own.
     */
    public record Satisfaction(int days, long ratings, Double average, int minRatings, double threshold, double weight,
                               Double workersAverage, long anonymousRatings) {

        /** Low only on enough weight and when logged-in workers themselves rate it low too. */
        public boolean low() {
            return weight >= minRatings && average != null && average < threshold
                    && workersAverage != null && workersAverage < threshold;
        }
    }

    /** Posted opening periods in the window and those with no evidence of being open. */
    public record Opening(int days, int periods, int missed, List<MissedPeriod> missedPeriods) {
    }

    public record MissedPeriod(OffsetDateTime opens, OffsetDateTime closes) {
    }

    /** Workers' reports still open, and those past the deadline to answer. */
    public record Complaints(long open, long overdue, int deadlineDays) {
    }

    /** Butler help requests in the satisfaction window: asked, answered, escalated, median minutes to an answer. */
    public record Help(long requests, long answered, long escalated, Double medianMinutesToAnswer) {
    }
}
