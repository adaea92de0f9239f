package io.yizhan.locker.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo province's lockers, written in one transaction per locker with fixed ids (name-based), so
 * loading again inserts nothing twice. Only the demo loader uses it.
 */
@ApplicationScoped
public class DemoLockerRepository {

    private final Pool pool;

    public DemoLockerRepository(Pool pool) {
        this.pool = pool;
    }

    /** Demo lockers already in a city (device client ids {@code demo-locker-<city>-NN}). */
    public Uni<Long> count(String tenant) {
        return pool.preparedQuery("SELECT count(*) FROM locker WHERE tenant = $1 AND device_client_id LIKE 'demo-locker-%'")
                .execute(Tuple.of(tenant)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Serving stations of the city without a locker yet, in a fixed order. */
    public Uni<List<UUID>> freeStations(String tenant, int limit) {
        return pool.preparedQuery("SELECT id FROM station_replica s WHERE tenant = $1 AND status IN ('OPEN', 'WARNED')"
                        + " AND NOT EXISTS (SELECT 1 FROM locker l WHERE l.station_id = s.id) ORDER BY id LIMIT $2")
                .execute(Tuple.of(tenant, limit)).map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getUUID(0)));
                    return ids;
                });
    }

    public record Item(UUID id, String name, int unitValueFen, int lowStockThreshold, int weeklyQuantity) {
    }

    public Uni<Void> supply(String tenant, Item item, OffsetDateTime now) {
        return pool.preparedQuery("INSERT INTO supply (id, tenant, name, unit_value_fen, low_stock_threshold, quota_count, quota_days,"
                        + " members_only, once_per_worker, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 1, 7, false, false, $6, $6)"
                        + " ON CONFLICT (id) DO NOTHING")
                .execute(Tuple.from(List.of(item.id(), tenant, item.name(), item.unitValueFen(), item.lowStockThreshold(), now)))
                .replaceWithVoid();
    }

    /**
     * One locker with 18 compartments, the first ones stocked with the catalogue at its weekly targets,
     * its weekly plan, and the restock operations of the past {@code weeks} weeks (the value stocked).
     */
    public Uni<Boolean> locker(UUID id, String tenant, UUID station, String name, String clientId, int compartments,
                               List<Item> items, int weeks, OffsetDateTime now) {
        return pool.withTransaction(c -> c.preparedQuery("INSERT INTO locker (id, tenant, station_id, name, device_client_id,"
                                + " compartment_count, online, created_at) VALUES ($1, $2, $3, $4, $5, $6, false, $7) ON CONFLICT DO NOTHING")
                        .execute(Tuple.from(List.of(id, tenant, station, name, clientId, compartments, now.minusWeeks(weeks))))
                .chain(inserted -> inserted.rowCount() == 0 ? Uni.createFrom().item(false)
                        : fill(c, id, tenant, compartments, items, weeks, now).replaceWith(true)));
    }

    private static Uni<Void> fill(SqlConnection c, UUID locker, String tenant, int compartments, List<Item> items, int weeks,
                                  OffsetDateTime now) {
        List<Tuple> cells = new ArrayList<>();
        List<Tuple> plan = new ArrayList<>();
        for (int n = 1; n <= compartments; n++) {
            Item item = n <= items.size() ? items.get(n - 1) : null;
            cells.add(Tuple.from(java.util.Arrays.asList(UUID.nameUUIDFromBytes((locker + "/" + n).getBytes()), locker, n,
                    item == null ? null : item.id(), item == null ? 0 : item.weeklyQuantity())));
            if (item != null) {
                plan.add(Tuple.of(locker, n, item.id(), item.weeklyQuantity()));
            }
        }
        Uni<Void> chain = c.preparedQuery("INSERT INTO compartment (id, locker_id, number, item_id, quantity) VALUES ($1, $2, $3, $4, $5)")
                .executeBatch(cells).replaceWithVoid()
                .chain(() -> c.preparedQuery("INSERT INTO restock_plan (locker_id, tenant, weekday, updated_by, updated_at)"
                        + " VALUES ($1, $2, 1, 'demo', $3)").execute(Tuple.of(locker, tenant, now)).replaceWithVoid())
                .chain(() -> c.preparedQuery("INSERT INTO restock_plan_line (locker_id, compartment_number, item_id, target_quantity)"
                        + " VALUES ($1, $2, $3, $4)").executeBatch(plan).replaceWithVoid());
        int units = items.stream().mapToInt(Item::weeklyQuantity).sum();
        long value = items.stream().mapToLong(i -> (long) i.unitValueFen() * i.weeklyQuantity()).sum();
        for (int w = weeks - 1; w >= 0; w--) {
            UUID op = UUID.nameUUIDFromBytes((locker + "/restock/" + w).getBytes());
            OffsetDateTime at = now.minusWeeks(w).minusHours(2);
            chain = chain.chain(() -> c.preparedQuery("INSERT INTO restock_operation (id, tenant, locker_id, performed_by, units,"
                                    + " value_fen, created_at) VALUES ($1, $2, $3, 'demo', $4, $5, $6)")
                            .execute(Tuple.from(List.of(op, tenant, locker, units, value, at))).replaceWithVoid())
                    .chain(() -> {
                        List<Tuple> lines = new ArrayList<>();
                        for (int n = 1; n <= items.size() && n <= compartments; n++) {
                            Item item = items.get(n - 1);
                            lines.add(Tuple.of(op, n, item.id(), item.weeklyQuantity(), item.weeklyQuantity()));
                        }
                        return c.preparedQuery("INSERT INTO restock_operation_line (operation_id, compartment_number, item_id, added,"
                                + " quantity_after) VALUES ($1, $2, $3, $4, $5)").executeBatch(lines).replaceWithVoid();
                    });
        }
        return chain;
    }
}
