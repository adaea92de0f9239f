package io.yizhan.volunteer.workday.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.workday.AdjustedDay;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workday_calendar table: the days a city's official calendar moves off the Monday–Friday rule. */
@ApplicationScoped
public class WorkdayCalendarRepository {

    /** The listed days of {@code tenant} in [from, to], each with whether it is worked. */
    @SuppressWarnings("unchecked")
    public Uni<Map<LocalDate, Boolean>> exceptions(String tenant, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT day, working FROM workday_calendar"
                        + " WHERE tenant = :tenant AND day BETWEEN :from AND :to", Object[].class)
                .setParameter("tenant", tenant).setParameter("from", from).setParameter("to", to).getResultList())
                .map(rows -> {
                    Map<LocalDate, Boolean> days = new LinkedHashMap<>();
                    for (Object[] r : (List<Object[]>) (List<?>) rows) {
                        days.put(localDate(r[0]), (Boolean) r[1]);
                    }
                    return days;
                });
    }

    @SuppressWarnings("unchecked")
    public Uni<List<AdjustedDay>> year(String tenant, int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT day, working, name FROM workday_calendar"
                        + " WHERE tenant = :tenant AND day BETWEEN :from AND :to ORDER BY day", Object[].class)
                .setParameter("tenant", tenant).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream()
                        .map(r -> new AdjustedDay(localDate(r[0]), (Boolean) r[1], (String) r[2])).toList());
    }

    /** Replaces the city's days of that year by {@code days} (already checked to lie in the year). */
    public Uni<Void> replaceYear(String tenant, int year, List<AdjustedDay> days) {
        return Panache.getSession().chain(s -> s.createNativeQuery("DELETE FROM workday_calendar WHERE tenant = :tenant"
                        + " AND day BETWEEN :from AND :to")
                .setParameter("tenant", tenant).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).executeUpdate()
                .chain(() -> Multi.createFrom().iterable(days).onItem().transformToUniAndConcatenate(day -> s.createNativeQuery(
                                "INSERT INTO workday_calendar (tenant, day, working, name) VALUES (:tenant, :day, :working, :name)")
                        .setParameter("tenant", tenant).setParameter("day", day.date())
                        .setParameter("working", day.working()).setParameter("name", day.name().strip()).executeUpdate())
                        .collect().asList()))
                .replaceWithVoid();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
