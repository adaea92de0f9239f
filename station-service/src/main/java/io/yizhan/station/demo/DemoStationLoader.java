package io.yizhan.station.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.station.demo.repository.DemoStationRepository;
import io.yizhan.station.registry.messaging.StationEventPayload;
import io.yizhan.station.registry.messaging.StationEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills an empty station table with the demo province at start-up ({@code yizhan.demo.load-stations=true}),
 * with one {@code yizhan.station.registered} outbox row per station so that the other services'
 * replicas learn them through the relay like any registration. Runs on the reactive pool without
 * blocking start-up; multi-row INSERTs of {@value #BATCH} rows, all in one transaction that first
 * takes an advisory lock, so two replicas starting together load the set once. The SQL is in
 * {@link DemoStationRepository}; the transaction and the batches are here.
 */
@ApplicationScoped
public class DemoStationLoader {

    static final int BATCH = 500;
    /** The demo's outside inspection body: keycloak/realm-yizhan.json gives inspector1 this code. */
    static final String DEMO_BODY = "fj-3rd-eval";
    static final String DEMO_BODY_NAME = "福建省第三方评估中心";

    private final Pool pool;
    private final DemoStationRepository repository;
    private final CloudEventCodec codec;
    private final DemoConfig config;
    private final DemoDoorHistory doors;
    private final Clock clock;

    public DemoStationLoader(Pool pool, DemoStationRepository repository, CloudEventCodec codec, DemoConfig config,
                             DemoDoorHistory doors, Clock clock) {
        this.doors = doors;
        this.clock = clock;
        this.pool = pool;
        this.repository = repository;
        this.codec = codec;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.loadStations()) {
            return;
        }
        long started = System.nanoTime();
        List<DemoStation> stations = DemoStationGenerator.fujian(config.seed());
        loadIfEmpty(stations).call(loaded -> doorHistory(loaded, stations)).subscribe().with(
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

    /**
     * The door entries of the week before (ADR 0017) follow a load that happened, once: a table that was not
     * empty has had its history, or is no demo province at all. Its failure is logged and leaves the stations.
     */
    private Uni<Void> doorHistory(int loaded, List<DemoStation> stations) {
        if (loaded == 0 || !config.loadHistory() || config.historyDays() <= 0) {
            return Uni.createFrom().voidItem();
        }
        return pool.withTransaction(c -> doors.load(c, stations, OffsetDateTime.now(clock)))
                .invoke(n -> Log.infof("demo: %d 24-hour stations given their past %d days of door entries", n, config.historyDays()))
                .onFailure().invoke(e -> Log.errorf(e, "demo: the door entries of the week before were not written"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Loads the stations, in one transaction, if the station table is empty; returns how many were loaded. */
    public Uni<Integer> loadIfEmpty(List<DemoStation> stations) {
        return pool.withTransaction(connection -> loadIfEmpty(connection, stations));
    }

    /** The same inside the caller's transaction (tests roll it back). */
    public Uni<Integer> loadIfEmpty(SqlConnection connection, List<DemoStation> stations) {
        return repository.lockLoad(connection)
                .chain(() -> repository.anyStation(connection))
                .chain(present -> present
                        ? Uni.createFrom().item(0)
                        : insert(connection, stations));
    }

    private Uni<Integer> insert(SqlConnection connection, List<DemoStation> stations) {
        // The stations opened long ago, but Yizhan holds their evidence only from now: the evaluation
        // judges them from the load on (see SignalService.judgedSince).
        OffsetDateTime loadedAt = OffsetDateTime.now(clock);
        List<List<DemoStation>> batches = new ArrayList<>();
        for (int from = 0; from < stations.size(); from += BATCH) {
            batches.add(stations.subList(from, Math.min(stations.size(), from + BATCH)));
        }
        return Multi.createFrom().iterable(batches)
                .onItem().transformToUniAndConcatenate(batch -> repository.insertStations(connection, batch, loadedAt)
                        .chain(() -> repository.insertOutboxRows(connection, registeredEvents(batch))))
                .collect().last()
                .chain(() -> {
                    java.time.LocalDate today = loadedAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
                    return repository.insertInspectionDemo(connection, DEMO_BODY, DEMO_BODY_NAME, inspectionDemo(stations),
                            loadedAt, today, today.plusDays(30));
                })
                .replaceWith(stations.size());
    }

    /** Three open Fuzhou stations and two open Xiamen ones, the first of each city in generated order. */
    static List<DemoStation> inspectionDemo(List<DemoStation> stations) {
        List<DemoStation> picked = new ArrayList<>();
        picked.addAll(stations.stream().filter(s -> s.tenant().equals("fuzhou") && "OPEN".equals(s.status())).limit(3).toList());
        picked.addAll(stations.stream().filter(s -> s.tenant().equals("xiamen") && "OPEN".equals(s.status())).limit(2).toList());
        return picked;
    }

    /** One registered event per station, in the envelope {@code Outbox.append} writes. */
    private List<DemoStationRepository.OutboxRow> registeredEvents(List<DemoStation> batch) {
        List<DemoStationRepository.OutboxRow> rows = new ArrayList<>(batch.size());
        for (DemoStation s : batch) {
            CloudEvent event = codec.envelope(StationEventTypes.REGISTERED, s.id().toString(), s.tenant(), payload(s));
            rows.add(new DemoStationRepository.OutboxRow(event.id(), StationEventTypes.REGISTERED, s.id().toString(),
                    s.tenant(), codec.write(event), event.time()));
        }
        return rows;
    }

    static StationEventPayload payload(DemoStation s) {
        return new StationEventPayload(s.id(), s.tenant(), s.name(), s.address(), s.district(), s.lat(), s.lon(),
                s.type(), s.status(), s.open24h(), s.amenities(), java.util.List.of(), 0L, null, null);
    }
}
