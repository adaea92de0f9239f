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
}
