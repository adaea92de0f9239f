package io.yizhan.station.evaluation;

/** The rules' settings in force for one city (defaults ← province ← city). */
public record EvaluationSettings(
        int minWeeklyUses,
        int lowUsageWeeks,
        double lowSatisfaction,
        int minRatings,
        int satisfactionDays,
        int missedOpeningsLimit,
        int missedOpeningsDays,
        int complaintDeadlineDays,
        int overdueComplaintsLimit,
        int rectifyDays,
        int repeatYellowDays) {
}
