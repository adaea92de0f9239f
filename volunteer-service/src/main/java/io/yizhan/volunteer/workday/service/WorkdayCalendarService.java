package io.yizhan.volunteer.workday.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.volunteer.rights.WorkingDays;
import io.yizhan.volunteer.workday.AdjustedDay;
import io.yizhan.volunteer.workday.ListedDay;
import io.yizhan.volunteer.workday.WorkdayCalendar;
import io.yizhan.volunteer.workday.repository.WorkdayCalendarRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Each city's official working-day calendar (法定节假日 and 调休), loaded by the city once a year, and
 * the deadlines counted in its working days. A year nobody loaded counts Monday to Friday.
 */
@ApplicationScoped
public class WorkdayCalendarService {

    /** Years a calendar may be loaded for: the notice comes out in the autumn before, never decades ahead. */
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2100;

    private final WorkdayCalendarRepository calendar;

    public WorkdayCalendarService(WorkdayCalendarRepository calendar) {
        this.calendar = calendar;
    }

    @WithSession
    public Uni<WorkdayCalendar> get(Caller caller, String tenant, int year) {
        checkYear(year);
        if (!Tenants.isCity(tenant) || !caller.sees(tenant)) {
            throw ProblemException.notFound("工作日历 / Workday calendar", tenant + "/" + year);
        }
        return calendar.year(tenant, year).map(days -> new WorkdayCalendar(tenant, year, days));
    }

    @WithTransaction
    public Uni<WorkdayCalendar> load(Caller caller, String tenant, int year, List<ListedDay> days) {
        checkYear(year);
        if (!Tenants.isCity(tenant)) {
            throw ProblemException.notFound("工作日历 / Workday calendar", tenant + "/" + year);
        }
        String city = caller.tenantForWrite(tenant);
        Set<LocalDate> seen = new HashSet<>();
        List<AdjustedDay> adjusted = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            String field = "days[" + i + "].date";
            LocalDate day;
            try {
                day = LocalDate.parse(days.get(i).date());
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(field, "不是有效日期 / not a real date: " + days.get(i).date());
            }
            if (day.getYear() != year) {
                throw ProblemException.badRequest(field, "日期不在 " + year + " 年内 / the date is not in " + year);
            }
            if (!seen.add(day)) {
                throw ProblemException.badRequest(field, "日期重复 / the date is listed twice: " + day);
            }
            adjusted.add(new AdjustedDay(day, days.get(i).working(), days.get(i).name()));
        }
        return calendar.replaceYear(city, year, adjusted).chain(() -> calendar.year(city, year))
                .map(loaded -> new WorkdayCalendar(city, year, loaded));
    }

    /**
     * {@code days} working days after {@code start} in the city's calendar. Reads the listed days of the
     * next months: even a deadline over 春节 and 国庆 within one window never needs more than that.
     */
    public Uni<OffsetDateTime> workingDaysAfter(String tenant, OffsetDateTime start, int days) {
        LocalDate from = start.atZoneSameInstant(io.yizhan.common.time.StationTime.ZONE).toLocalDate();
        return calendar.exceptions(tenant, from, from.plusDays(days * 3L + 30))
                .map(exceptions -> WorkingDays.after(start, days, exceptions));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badRequest("year", "年份须在 " + FIRST_YEAR + "–" + LAST_YEAR + " / year must be "
                    + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }
}
