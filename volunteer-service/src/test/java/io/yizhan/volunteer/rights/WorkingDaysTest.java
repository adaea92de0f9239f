package io.yizhan.volunteer.rights;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    @Test
    void threeWorkingDaysFromMondayIsThursday() {
        assertThat(WorkingDays.after(at("2026-11-23T10:00:00+08:00"), 3)).isEqualTo(at("2026-11-26T10:00:00+08:00"));
    }

    @Test
    void theWeekendIsSkipped() {
        assertThat(WorkingDays.after(at("2026-11-27T16:30:00+08:00"), 3)).isEqualTo(at("2026-12-02T16:30:00+08:00"));
    }

    @Test
    void aWeekendFilingCountsFromMonday() {
        assertThat(WorkingDays.after(at("2026-11-28T09:00:00+08:00"), 3)).isEqualTo(at("2026-12-02T09:00:00+08:00"));
        assertThat(WorkingDays.after(at("2026-11-29T23:00:00+08:00"), 1)).isEqualTo(at("2026-11-30T23:00:00+08:00"));
    }

    @Test
    void daysAreCountedInStationTimeWhateverTheOffsetGiven() {
        // Friday 23:30 in Fujian is still Friday 15:30 UTC: the deadline is the next Wednesday, station time.
        assertThat(WorkingDays.after(at("2026-11-27T15:30:00Z"), 3)).isEqualTo(at("2026-12-02T23:30:00+08:00"));
    }

    /** The 2026 National Day week as the State Council set it: 1–7 October off, Saturday 10 October worked. */
    static final java.util.Map<java.time.LocalDate, Boolean> NATIONAL_DAY_2026 = nationalDay2026();

    private static java.util.Map<java.time.LocalDate, Boolean> nationalDay2026() {
        java.util.Map<java.time.LocalDate, Boolean> days = new java.util.HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(java.time.LocalDate.of(2026, 10, d), false);
        }
        days.put(java.time.LocalDate.of(2026, 9, 20), true);
        days.put(java.time.LocalDate.of(2026, 10, 10), true);
        return days;
    }

    @Test
    void aDeadlineOverNationalDaySkipsTheHolidayAndCountsTheWorkedSaturday() {
        // Filed Wednesday 30 September: 8 (Thu), 9 (Fri) and the 调休 Saturday 10 October are the three working days.
        assertThat(WorkingDays.after(at("2026-09-30T10:00:00+08:00"), 3, NATIONAL_DAY_2026)).isEqualTo(at("2026-10-10T10:00:00+08:00"));
        // Without the calendar the same case would be due on a holiday.
        assertThat(WorkingDays.after(at("2026-09-30T10:00:00+08:00"), 3)).isEqualTo(at("2026-10-05T10:00:00+08:00"));
    }

    @Test
    void aWorkedSundayCountsAndAHolidayOnAWeekdayDoesNot() {
        // Friday 18 September: the 调休 Sunday 20th is the first working day, Monday 21st the second.
        assertThat(WorkingDays.after(at("2026-09-18T09:00:00+08:00"), 2, NATIONAL_DAY_2026)).isEqualTo(at("2026-09-21T09:00:00+08:00"));
        assertThat(WorkingDays.after(at("2026-10-07T23:59:00+08:00"), 1, NATIONAL_DAY_2026)).isEqualTo(at("2026-10-08T23:59:00+08:00"));
    }
}
