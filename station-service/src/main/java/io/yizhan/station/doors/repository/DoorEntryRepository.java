package io.yizhan.station.doors.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.doors.VisitDay;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Door entries (table door_entry) and their per-day tallies (table station_visit_day). */
@ApplicationScoped
public class DoorEntryRepository {

    /** Records an entry once; returns false when the device had already posted it. */
    public Uni<Boolean> insertOnce(UUID entryId, UUID stationId, OffsetDateTime at, String direction, boolean granted,
                                   String pseudonym) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO door_entry (id, station_id, at, direction, granted, pseudonym)"
                                + " VALUES (:id, :station, :at, :direction, :granted, :pseudonym) ON CONFLICT (id) DO NOTHING")
                .setParameter("id", entryId).setParameter("station", stationId).setParameter("at", at)
                .setParameter("direction", direction).setParameter("granted", granted).setParameter("pseudonym", pseudonym)
                .executeUpdate()).map(n -> n > 0);
    }

    /** Adds an entry to its day's tally; occupancy moves with granted passes and never goes below zero. */
    public Uni<Void> tally(UUID stationId, LocalDate day, int visits, int denied, int occupancyChange) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO station_visit_day (station_id, day, visits, denied, occupancy)"
                                + " VALUES (:station, :day, :visits, :denied, greatest(0, :change))"
                                + " ON CONFLICT (station_id, day) DO UPDATE SET visits = station_visit_day.visits + :visits,"
                                + " denied = station_visit_day.denied + :denied,"
                                + " occupancy = greatest(0, station_visit_day.occupancy + :change), published = false")
                .setParameter("station", stationId).setParameter("day", day).setParameter("visits", visits)
                .setParameter("denied", denied).setParameter("change", occupancyChange)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * The station-local day of the pseudonym's last granted entry in before {@code before}, if any, within
     * the last {@code days} days: where an exit's visit began.
     */
    @SuppressWarnings("unchecked")
    public Uni<java.util.Optional<LocalDate>> dayOfLastEntry(UUID stationId, String pseudonym, OffsetDateTime before, int days) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') FROM door_entry WHERE station_id = :station"
                                + " AND pseudonym = :pseudonym AND direction = 'IN' AND granted AND at <= :before"
                                + " AND at > :since ORDER BY at DESC LIMIT 1", String.class)
                .setParameter("station", stationId).setParameter("pseudonym", pseudonym).setParameter("before", before)
                .setParameter("since", before.minusDays(days)).getResultList())
                .map(rows -> ((List<String>) (List<?>) rows).stream().findFirst().map(LocalDate::parse));
    }

    /** Moves an existing day's occupancy (never below zero); the day is published again. */
    public Uni<Void> moveOccupancy(UUID stationId, LocalDate day, int change) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE station_visit_day SET occupancy = greatest(0, occupancy + :change), published = false"
                                + " WHERE station_id = :station AND day = :day")
                .setParameter("station", stationId).setParameter("day", day).setParameter("change", change)
                .executeUpdate()).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    public Uni<List<VisitDay>> days(UUID stationId, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT station_id, day, visits, denied, occupancy FROM station_visit_day"
                                + " WHERE station_id = :station AND day BETWEEN :from AND :to ORDER BY day", Object[].class)
                .setParameter("station", stationId).setParameter("from", from).setParameter("to", to)
                .getResultList()).map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(DoorEntryRepository::visitDay).toList());
    }

    /** Tallies of days before {@code before} not yet published, locked for the publishing transaction. */
    @SuppressWarnings("unchecked")
    public Uni<List<VisitDay>> lockUnpublished(LocalDate before, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT station_id, day, visits, denied, occupancy FROM station_visit_day"
                                + " WHERE day < :before AND NOT published ORDER BY day, station_id LIMIT :limit FOR UPDATE SKIP LOCKED",
                        Object[].class)
                .setParameter("before", before).setParameter("limit", limit)
                .getResultList()).map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(DoorEntryRepository::visitDay).toList());
    }

    public Uni<Void> markPublished(UUID stationId, LocalDate day) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE station_visit_day SET published = true WHERE station_id = :station AND day = :day")
                .setParameter("station", stationId).setParameter("day", day).executeUpdate()).replaceWithVoid();
    }

    private static VisitDay visitDay(Object[] row) {
        LocalDate day = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
        return new VisitDay((UUID) row[0], day, ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                ((Number) row[4]).intValue());
    }
}
