package io.yizhan.common.demo;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.tenant.EachCity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the services' demo histories of stations (rating-service's ratings, volunteer-service's duty shifts)
 * share (ADR 0017): the switch; running again only when more stations have arrived in the replica (they come
 * by station-events after start-up); each city in one transaction behind an advisory lock, over its serving
 * stations that have no history yet (the service's marker), so a second start or a second replica writes
 * nothing twice; and the draw per station, from the seed and the station's id alone.
 */
@ApplicationScoped
public class StationHistory {

    /** pg_advisory_xact_lock key of the history's writers (any constant no other lock of a service's database uses). */
    static final long LOCK = 0x79_7a_68_69_73_74L;

    private final Pool pool;
    private final DemoHistoryConfig config;
    private final Clock clock;
    /** Serving stations when the history last ran: nothing to do until more have arrived. */
    private final AtomicLong lastServing = new AtomicLong(-1);

    public StationHistory(Pool pool, DemoHistoryConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    public DemoHistoryConfig config() {
        return config;
    }

    /**
     * The scheduled path: behind the switch, and only when stations have arrived since the last run, gives
     * every city's stations without history theirs ({@code perCity}); returns how many stations got one.
     */
    public Uni<Integer> fillMissing(String what, BiFunction<String, OffsetDateTime, Uni<Integer>> perCity) {
        if (!config.load() || config.days() <= 0) {
            return Uni.createFrom().item(0);
        }
        return pool.query("SELECT count(*) FROM station_replica WHERE status IN ('OPEN', 'WARNED')").execute()
                .map(rows -> rows.iterator().next().getLong(0))
                .chain(serving -> {
                    if (serving == lastServing.get()) {
                        return Uni.createFrom().item(0);
                    }
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    return EachCity.sum(city -> perCity.apply(city, now)).invoke(done -> {
                        lastServing.set(serving);
                        if (done > 0) {
                            Log.infof("demo history: %d stations given their past %d days of %s", done, config.days(), what);
                        }
                    });
                });
    }

    /**
     * In one transaction behind the lock: the city's serving stations for which {@code markedSql} (a fixed
     * {@code EXISTS} body over {@code s.id}, from the service's repository) finds nothing, in id order, go to
     * {@code generate}; {@code insert} writes what it made on the same connection and returns the stations done.
     */
    public <W> Uni<Integer> write(String tenant, String markedSql, Function<List<UUID>, W> generate,
                                  BiFunction<SqlConnection, W, Uni<Integer>> insert) {
        return pool.withTransaction(c -> c.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(LOCK))
                .chain(() -> c.preparedQuery("SELECT id FROM station_replica s WHERE tenant = $1 AND status IN ('OPEN', 'WARNED')"
                        + " AND NOT EXISTS (" + markedSql + ") ORDER BY id").execute(Tuple.of(tenant)))
                .chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getUUID(0)));
                    return insert.apply(c, generate.apply(ids));
                }));
    }

    /** The station's own draw: the same for the same seed and station, whatever else is in the replica. */
    public Random draw(UUID station) {
        return new Random(config.seed() ^ station.getMostSignificantBits() ^ station.getLeastSignificantBits());
    }

    /** Whether a station of {@code city} gets a history, by its draw's first number. */
    public boolean chosen(String city, Random draw) {
        return draw.nextInt(100) < ("fuzhou".equals(city) ? config.fuzhouPercent() : config.otherPercent());
    }
}
