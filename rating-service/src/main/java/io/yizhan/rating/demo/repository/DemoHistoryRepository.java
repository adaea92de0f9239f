package io.yizhan.rating.demo.repository;

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
 * The demo province's past ratings (issue 21), written per city by {@link StationHistory}. Their authors are
 * {@code demo-history-…}, which no token carries: a station with such a rating has its history (the marker).
 */
@ApplicationScoped
public class DemoHistoryRepository {

    /** Author subjects of the generated ratings: the marker, and never a real token's {@code sub}. */
    public static final String AUTHOR_PREFIX = "demo-history-";
    static final String MARKED = "SELECT 1 FROM rating r WHERE r.station_id = s.id AND r.author LIKE '" + AUTHOR_PREFIX + "%'";

    private final StationHistory stations;
    private final PastEventsOutbox outbox;

    public DemoHistoryRepository(StationHistory stations, PastEventsOutbox outbox) {
        this.stations = stations;
        this.outbox = outbox;
    }

    /** One generated rating (no comment: nothing to moderate). */
    public record Past(UUID id, UUID stationId, String tenant, int score, int environment, int facilities, int service,
                       int openingAsPosted, String tags, String author, String source, OffsetDateTime ratedAt) {
    }

    /** What the generator made of a city's stations without history. */
    public record Week(List<Past> ratings, List<CloudEvent> events, int stations) {
    }

    /** Gives the city's serving stations without history what {@code generate} makes of them; returns how many were rated. */
    public Uni<Integer> write(String tenant, Function<List<UUID>, Week> generate) {
        return stations.write(tenant, MARKED, generate, this::insert);
    }

    private Uni<Integer> insert(SqlConnection c, Week week) {
        if (week.ratings().isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Tuple> ratings = week.ratings().stream().map(r -> Tuple.from(Arrays.asList(r.id(), r.stationId(), r.tenant(), r.score(),
                r.environment(), r.facilities(), r.service(), r.openingAsPosted(), r.tags(), r.author(), r.source(),
                r.author() == null, r.ratedAt()))).toList();
        return c.preparedQuery("INSERT INTO rating (id, station_id, tenant, score, environment, facilities, service,"
                        + " opening_as_posted, tags, comment_status, author, source, qr_verified, rated_at, first_rated_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'NONE', $10, $11, $12, $13, $13) ON CONFLICT (id) DO NOTHING")
                .executeBatch(ratings)
                .chain(() -> outbox.appendAll(c, week.events()))
                .replaceWith(week.stations());
    }
}
