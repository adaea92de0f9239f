package io.yizhan.station.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.station.registry.messaging.StationEventPayload;
import io.yizhan.station.registry.messaging.StationEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills an empty station table with the demo province at start-up ({@code yizhan.demo.load-stations=true}),
 * with one {@code yizhan.station.registered} outbox row per station so that the other services'
 * replicas learn them through the relay like any registration. Runs on the reactive pool without
 * blocking start-up; multi-row INSERTs of {@value #BATCH} rows, all in one transaction that first
 * takes an advisory lock, so two replicas starting together load the set once.
 */
@ApplicationScoped
public class DemoStationLoader {

    static final int BATCH = 500;
    /** pg_advisory_xact_lock key of the demo load ("yizhan-demo" in spirit; any constant works). */
    static final long LOCK_KEY = 0x59697A68616EL;

    private static final String STATION_COLUMNS = "id, tenant, name, address, district, lat, lon, station_type, status,"
            + " host_organisation, contact_name, contact_phone, area_m2, build_year, build_kind, amenities, open_24h,"
            + " weekly_hours, version, created_at, updated_at";
    private static final int STATION_PARAMS = 20;
    private static final int OUTBOX_PARAMS = 6;

    private final Pool pool;
    private final CloudEventCodec codec;
    private final DemoConfig config;

    public DemoStationLoader(Pool pool, CloudEventCodec codec, DemoConfig config) {
        this.pool = pool;
        this.codec = codec;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.loadStations()) {
            return;
        }
        long started = System.nanoTime();
        List<DemoStation> stations = DemoStationGenerator.fujian(config.seed());
        loadIfEmpty(stations).subscribe().with(
                loaded -> {
                    if (loaded > 0) {
                        Log.infof("demo: loaded %d Fujian stations and their registered events in %d ms", loaded,
                                (System.nanoTime() - started) / 1_000_000);
                    } else {
                        Log.info("demo: station table not empty, demo stations not loaded");
                    }
                },
                failure -> Log.errorf(failure, "demo: loading the demo stations failed"));
    }

    /** Loads the stations, in one transaction, if the station table is empty; returns how many were loaded. */
    public Uni<Integer> loadIfEmpty(List<DemoStation> stations) {
        return pool.withTransaction(connection -> loadIfEmpty(connection, stations));
    }

    /** The same inside the caller's transaction (tests roll it back). */
    public Uni<Integer> loadIfEmpty(SqlConnection connection, List<DemoStation> stations) {
        return connection.query("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")").execute()
                .chain(() -> connection.query("SELECT EXISTS (SELECT 1 FROM station) AS present").execute())
                .chain(rows -> rows.iterator().next().getBoolean("present")
                        ? Uni.createFrom().item(0)
                        : insert(connection, stations));
    }

    private Uni<Integer> insert(SqlConnection connection, List<DemoStation> stations) {
        List<List<DemoStation>> batches = new ArrayList<>();
        for (int from = 0; from < stations.size(); from += BATCH) {
            batches.add(stations.subList(from, Math.min(stations.size(), from + BATCH)));
        }
        return Multi.createFrom().iterable(batches)
                .onItem().transformToUniAndConcatenate(batch -> insertStations(connection, batch)
                        .chain(() -> insertEvents(connection, batch)))
                .collect().last()
                .replaceWith(stations.size());
    }

    private Uni<Void> insertStations(SqlConnection connection, List<DemoStation> batch) {
        StringBuilder sql = new StringBuilder("INSERT INTO station (" + STATION_COLUMNS + ") VALUES ");
        Tuple args = Tuple.tuple();
        for (int i = 0; i < batch.size(); i++) {
            int p = i * STATION_PARAMS;
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= STATION_PARAMS; c++) {
                switch (c) {
                    case 13 -> sql.append("$").append(p + c).append("::float8, ");
                    case 16, 18 -> sql.append("$").append(p + c).append("::text::jsonb, ");
                    case 19 -> sql.append("0, $").append(p + c).append(", ");
                    case 20 -> sql.append("$").append(p + c).append(")");
                    default -> sql.append("$").append(p + c).append(", ");
                }
            }
            DemoStation s = batch.get(i);
            args.addUUID(s.id()).addString(s.tenant()).addString(s.name()).addString(s.address()).addString(s.district())
                    .addDouble(s.lat()).addDouble(s.lon()).addString(s.type()).addString(s.status())
                    .addString(s.hostOrganisation()).addString(s.contactName()).addString(s.contactPhone())
                    .addDouble(s.areaM2()).addInteger(s.buildYear()).addString(s.buildKind())
                    .addString(s.amenitiesJson()).addBoolean(s.open24h()).addString(s.weeklyHoursJson())
                    .addOffsetDateTime(s.createdAt()).addOffsetDateTime(s.createdAt());
        }
        return connection.preparedQuery(sql.toString()).execute(args).replaceWithVoid();
    }

    /** One registered event per station, in the envelope {@code Outbox.append} writes. */
    private Uni<Void> insertEvents(SqlConnection connection, List<DemoStation> batch) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO outbox_event (id, event_type, subject, tenant, envelope, created_at) VALUES ");
        Tuple args = Tuple.tuple();
        for (int i = 0; i < batch.size(); i++) {
            int p = i * OUTBOX_PARAMS;
            sql.append(i == 0 ? "" : ", ").append("($").append(p + 1).append(", $").append(p + 2).append(", $").append(p + 3)
                    .append(", $").append(p + 4).append(", $").append(p + 5).append("::text::jsonb, $").append(p + 6).append(")");
            DemoStation s = batch.get(i);
            CloudEvent event = codec.envelope(StationEventTypes.REGISTERED, s.id().toString(), s.tenant(), payload(s));
            args.addUUID(event.id()).addString(StationEventTypes.REGISTERED).addString(s.id().toString())
                    .addString(s.tenant()).addString(codec.write(event)).addOffsetDateTime(event.time());
        }
        return connection.preparedQuery(sql.toString()).execute(args).replaceWithVoid();
    }

    static StationEventPayload payload(DemoStation s) {
        return new StationEventPayload(s.id(), s.tenant(), s.name(), s.address(), s.district(), s.lat(), s.lon(),
                s.type(), s.status(), s.open24h(), s.amenities(), java.util.List.of(), 0L, null, null);
    }
}
