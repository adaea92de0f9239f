package io.yizhan.volunteer.support;

import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.time.StationTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A report's days, {@code from} to {@code to} inclusive in station time; by default the 30 days up to {@code today} (the caller's clock). */
public record DayRange(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    public static DayRange parse(String from, String to, LocalDate today) {
        LocalDate last = QueryParams.date("to", to, today);
        LocalDate first = QueryParams.date("from", from, last.minusDays(29));
        if (last.isBefore(first)) {
            throw ProblemException.badRequest("to", "结束日期不能早于开始日期 / to must not be before from");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw ProblemException.badRequest("from", "最多查询 366 天 / at most 366 days at a time");
        }
        return new DayRange(first, last);
    }

    public OffsetDateTime start() {
        return from.atStartOfDay(StationTime.ZONE).toOffsetDateTime();
    }

    /** The first instant after the range. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(StationTime.ZONE).toOffsetDateTime();
    }
}
