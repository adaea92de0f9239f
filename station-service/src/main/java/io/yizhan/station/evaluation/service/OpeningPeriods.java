package io.yizhan.station.evaluation.service;

import io.yizhan.station.registry.HoursException;
import io.yizhan.station.registry.OpeningHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The posted opening periods of a station between two instants, from its weekly hours and the
 * exceptions that replace single days. A 24-hour station's period is the whole day.
 */
public final class OpeningPeriods {

    private OpeningPeriods() {
    }

    public record Period(Instant opens, Instant closes) {
        /** Whether any of the sorted {@code evidence} falls inside the period. */
        boolean evidenced(List<Instant> sortedEvidence) {
            int i = Collections.binarySearch(sortedEvidence, opens);
            int first = i >= 0 ? i : -i - 1;
            return first < sortedEvidence.size() && sortedEvidence.get(first).isBefore(closes);
        }
    }

    /** Periods that start at or after {@code from} and end at or before {@code to}, in order. */
    public static List<Period> between(OpeningHours hours, Instant from, Instant to, ZoneId zone) {
        Map<String, HoursException> exceptions = hours.exceptionsOrEmpty().stream()
                .collect(Collectors.toMap(HoursException::date, Function.identity(), (a, b) -> a));
        List<Period> periods = new ArrayList<>();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Period p : periodsOf(day, hours, exceptions.get(day.toString()), zone)) {
                if (!p.opens().isBefore(from) && !p.closes().isAfter(to)) {
                    periods.add(p);
                }
            }
        }
        return periods;
    }

    /** The periods among {@code periods} with no evidence of being open. */
    public static List<Period> missed(List<Period> periods, List<Instant> sortedEvidence) {
        return periods.stream().filter(p -> !p.evidenced(sortedEvidence)).toList();
    }

    private static List<Period> periodsOf(LocalDate day, OpeningHours hours, HoursException exception, ZoneId zone) {
        if (hours.open24h()) {
            return List.of(new Period(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (exception != null) {
            if (exception.closed() || exception.opens() == null || exception.closes() == null) {
                return List.of();
            }
            return List.of(period(day, exception.opens(), exception.closes(), zone));
        }
        return hours.weeklyOrEmpty().stream()
                .filter(w -> w.day() == day.getDayOfWeek().getValue())
                .map(w -> period(day, w.opens(), w.closes(), zone))
                .toList();
    }

    private static Period period(LocalDate day, String opens, String closes, ZoneId zone) {
        LocalTime open = LocalTime.parse(opens);
        LocalTime close = LocalTime.parse(closes);
        ZonedDateTime start = day.atTime(open).atZone(zone);
        ZonedDateTime end = (close.isAfter(open) ? day : day.plusDays(1)).atTime(close).atZone(zone);
        return new Period(start.toInstant(), end.toInstant());
    }
}
