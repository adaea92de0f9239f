package io.yizhan.volunteer.tally;

import java.util.List;

/** A year's tallies of the province ({@code fujian}) or one city, and cadre person-times against the year's target (null: none). */
public record YearTally(int year, String tenant, TallyLine total, int cadrePersonTimes, Integer cadreTarget,
                        List<TallyLine> people, List<TallyLine> teams, List<TallyLine> stations, List<TallyLine> cities) {
}
