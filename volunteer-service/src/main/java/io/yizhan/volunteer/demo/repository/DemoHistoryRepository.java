package io.yizhan.volunteer.demo.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.demo.StationHistory;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.outbox.PastEventsOutbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The demo province's past duty shifts (issue 21), written per city by {@link StationHistory}. A shift
 * created by {@code demo-history} is the marker: its station has its week. The demo volunteers' subjects ({@code demo-history-…}) are no
 * real token's.
 */
@ApplicationScoped
public class DemoHistoryRepository {

    /** created_by of the generated shifts, and the prefix of the demo volunteers' subjects. */
    public static final String MARK = "demo-history";
    static final String MARKED = "SELECT 1 FROM shift h WHERE h.station_id = s.id AND h.created_by = '" + MARK + "'";

    private final StationHistory stations;
    private final PastEventsOutbox outbox;

    public DemoHistoryRepository(StationHistory stations, PastEventsOutbox outbox) {
        this.stations = stations;
        this.outbox = outbox;
    }

    public record DemoVolunteer(UUID id, String subject, String displayName, String kind, String cadreLevel, String tenant) {
    }

    public record PastShift(UUID id, String tenant, UUID stationId, String kind, String title, OffsetDateTime startsAt,
                            OffsetDateTime endsAt, int capacity, int confirmed) {
    }

    public record PastSignup(UUID id, UUID shiftId, UUID volunteerId, String status, OffsetDateTime startsAt, OffsetDateTime endsAt,
                             OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, boolean late, OffsetDateTime createdAt) {
    }

    /** What the generator made of a city's stations without history. */
    public record Week(List<DemoVolunteer> volunteers, List<PastShift> shifts, List<PastSignup> signups, List<CloudEvent> events,
                       int stations) {
    }

    /** Gives the city's serving stations without history what {@code generate} makes of them; returns how many got shifts. */
    public Uni<Integer> write(String tenant, Function<List<UUID>, Week> generate, OffsetDateTime now) {
        return stations.write(tenant, MARKED, generate, (c, week) -> week.shifts().isEmpty() ? Uni.createFrom().item(0)
                : insert(c, week, now).chain(() -> outbox.appendAll(c, week.events())).replaceWith(week.stations()));
    }

    private static Uni<Void> insert(SqlConnection c, Week week, OffsetDateTime now) {
        List<Tuple> volunteers = week.volunteers().stream().map(v -> Tuple.from(Arrays.asList(v.id(), v.subject(), v.displayName(),
                v.kind(), v.cadreLevel(), v.tenant(), now.minusDays(60)))).toList();
        List<Tuple> shifts = week.shifts().stream().map(s -> Tuple.from(Arrays.asList(s.id(), s.tenant(), s.stationId(), s.kind(),
                s.title(), s.startsAt(), s.endsAt(), s.capacity(), s.confirmed(), s.startsAt().minusDays(3)))).toList();
        List<Tuple> signups = week.signups().stream().map(g -> Tuple.from(Arrays.asList(g.id(), g.shiftId(), g.volunteerId(),
                g.status(), g.startsAt(), g.endsAt(), g.checkedInAt(), g.checkedOutAt(), g.late(), g.createdAt()))).toList();
        return c.preparedQuery("INSERT INTO volunteer (id, subject, display_name, kind, cadre_level, tenant, created_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING").executeBatch(volunteers)
                .chain(() -> c.preparedQuery("INSERT INTO shift (id, tenant, station_id, kind, title, starts_at, ends_at, capacity,"
                        + " confirmed, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '" + MARK + "', $10)")
                        .executeBatch(shifts))
                .chain(() -> c.preparedQuery("INSERT INTO signup (id, shift_id, volunteer_id, status, starts_at, ends_at, checked_in_at,"
                        + " checked_out_at, late, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)").executeBatch(signups))
                .replaceWithVoid();
    }
}
