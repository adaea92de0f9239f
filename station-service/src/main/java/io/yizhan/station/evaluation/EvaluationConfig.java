package io.yizhan.station.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The evaluation's rule defaults (the province and cities override them at run time, see
 * {@code EvaluationRuleService}) and when the daily run happens.
 */
@ConfigMapping(prefix = "yizhan.evaluation")
public interface EvaluationConfig {

    /** Cron (station time) of the daily run; "off" disables it. */
    @WithDefault("0 30 2 * * ?")
    String runCron();

    /**
     * How anonymous ratings (QR poster, no login) count, as rating-service counts them
     * ({@code yizhan.rating.anonymous.*}): a flood of them cannot make a station low on its own.
     */
    AnonymousRatings anonymousRatings();

    interface AnonymousRatings {
        /** What one weighs beside a logged-in worker's 1, when the event does not say. */
        @WithDefault("0.25")
        double weight();

        /** The most all of a station's anonymous ratings together weigh, as a share of its total weight. */
        @WithDefault("0.2")
        double maxShare();
    }

    /** Defaults of the rules' settings. */
    Defaults defaults();

    interface Defaults {
        /** LOW_USAGE: fewer uses than this in a week … */
        @WithDefault("20")
        int minWeeklyUses();

        /** … for this many complete weeks in a row. */
        @WithDefault("4")
        int lowUsageWeeks();

        /** LOW_SATISFACTION: average under this … */
        @WithDefault("3.5")
        double lowSatisfaction();

        /** … with at least this many ratings … */
        @WithDefault("10")
        int minRatings();

        /** … in this many days. */
        @WithDefault("30")
        int satisfactionDays();

        /** MISSED_OPENINGS: this many posted opening periods without evidence … */
        @WithDefault("3")
        int missedOpeningsLimit();

        /** … in this many days. */
        @WithDefault("30")
        int missedOpeningsDays();

        /** A worker's report unanswered for this many days is an overdue complaint. */
        @WithDefault("7")
        int complaintDeadlineDays();

        /** OVERDUE_COMPLAINTS: this many overdue complaints at once. */
        @WithDefault("3")
        int overdueComplaintsLimit();

        /** Days a yellow card gives to rectify. */
        @WithDefault("30")
        int rectifyDays();

        /** A second yellow within this many days of the first is a red card. */
        @WithDefault("180")
        int repeatYellowDays();
    }
}
