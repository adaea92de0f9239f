package io.yizhan.station.demo.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The demo 24-hour stations' door entries of the week before the load (issue 21, ADR 0017) and their day
 * tallies, only while none of those stations has a door entry (the marker), behind the demo load's advisory
 * lock: a second start writes nothing.
 */
@ApplicationScoped
public class DemoDoorRepository {
    public record Entry(UUID id, UUID stationId, OffsetDateTime at, String direction, boolean granted, String pseudonym) {
    }

    /** A station's day: its visits and refused attempts; the publishing job sends it as for any past day. */
    public record Day(UUID stationId, LocalDate day, int visits, int denied) {
    }

    /**
     * Writes them in the caller's transaction unless a door entry of any of {@code stations} is already there,
     * and moves those stations' {@code evidence_since} back to {@code evidenceSince}; returns whether it wrote.
     */
    public Uni<Boolean> writeIfNone(SqlConnection c, List<UUID> stations, List<Entry> entries, List<Day> days,
                                    OffsetDateTime evidenceSince) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return c.query("SELECT pg_advisory_xact_lock(" + DemoStationRepository.LOCK_KEY + ")").execute()
                .chain(() -> c.preparedQuery("SELECT count(*) FROM door_entry WHERE station_id = ANY($1)")
                        .execute(Tuple.of(stations.toArray(UUID[]::new))))
                .chain(rows -> rows.iterator().next().getLong(0) > 0 ? Uni.createFrom().item(false)
                        : c.preparedQuery("INSERT INTO door_entry (id, station_id, at, direction, granted, pseudonym)"
                                        + " VALUES ($1, $2, $3, $4, $5, $6)")
                                .executeBatch(entries.stream().map(e -> Tuple.from(Arrays.asList(e.id(), e.stationId(), e.at(),
                                        e.direction(), e.granted(), e.pseudonym()))).toList())
                                .chain(() -> c.preparedQuery("INSERT INTO station_visit_day (station_id, day, visits, denied, occupancy)"
                                                + " VALUES ($1, $2, $3, $4, 0) ON CONFLICT (station_id, day) DO NOTHING")
                                        .executeBatch(days.stream().map(d -> Tuple.of(d.stationId(), d.day(), d.visits(), d.denied()))
                                                .toList()))
                                // the week is evidence of every whole day these 24-hour stations were open: judge from its start
                                .chain(() -> c.preparedQuery("UPDATE station SET evidence_since = $2 WHERE id = ANY($1)"
                                        + " AND evidence_since > $2").execute(Tuple.of(stations.toArray(UUID[]::new), evidenceSince)))
                                .replaceWith(true));
    }
}
