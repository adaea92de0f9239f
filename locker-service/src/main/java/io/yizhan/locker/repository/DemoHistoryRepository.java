package io.yizhan.locker.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.outbox.PastEventsOutbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo lockers' past week (issue 21): reservations, the stock they took and their events, written
 * in one transaction per locker. Its workers are {@code demo-history-NNN}, which no token carries, so
 * the marker of "this locker has its history" is a reservation of theirs at it. Only the demo history uses it.
 */
@ApplicationScoped
public class DemoHistoryRepository {

    /** Worker subjects of the generated reservations: the marker, and never a real token's {@code sub}. */
    public static final String WORKER_PREFIX = "demo-history-";

    private final Pool pool;
    private final PastEventsOutbox outbox;

    public DemoHistoryRepository(Pool pool, PastEventsOutbox outbox) {
        this.pool = pool;
        this.outbox = outbox;
    }

    /** A stocked compartment of a demo locker with what the reservation copies from its item. */
    public record Cell(UUID compartmentId, int number, UUID itemId, String itemName, int unitValueFen, int quantity,
                       UUID stationId) {
    }

    /** The city's demo lockers that have no history yet, in a fixed order. */
    public Uni<List<UUID>> lockersWithoutHistory(String tenant) {
        return pool.preparedQuery("SELECT id FROM locker l WHERE tenant = $1 AND device_client_id LIKE 'demo-locker-%'"
                        + " AND NOT EXISTS (SELECT 1 FROM reservation r WHERE r.locker_id = l.id AND r.worker LIKE '"
                        + WORKER_PREFIX + "%') ORDER BY device_client_id")
                .execute(Tuple.of(tenant)).map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getUUID(0)));
                    return ids;
                });
    }

    /** The locker's stocked compartments, by number. */
    public Uni<List<Cell>> cells(UUID locker) {
        return pool.preparedQuery("SELECT c.id, c.number, c.item_id, s.name, s.unit_value_fen, c.quantity, l.station_id"
                        + " FROM compartment c JOIN supply s ON s.id = c.item_id JOIN locker l ON l.id = c.locker_id"
                        + " WHERE c.locker_id = $1 AND c.quantity > 0 ORDER BY c.number")
                .execute(Tuple.of(locker)).map(rows -> {
                    List<Cell> cells = new ArrayList<>();
                    rows.forEach(r -> cells.add(new Cell(r.getUUID(0), r.getInteger(1), r.getUUID(2), r.getString(3),
                            r.getInteger(4), r.getInteger(5), r.getUUID(6))));
                    return cells;
                });
    }

    /** One generated reservation, already closed (picked up or expired). */
    public record Past(UUID id, String tenant, UUID lockerId, UUID stationId, UUID compartmentId, int compartmentNumber,
                       UUID itemId, String itemName, int unitValueFen, String worker, String pickupCode, String qrPayload,
                       String status, UUID transactionId, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                       OffsetDateTime openedAt, OffsetDateTime pickedUpAt, OffsetDateTime closedAt, String closedBy) {
    }

    /**
     * Writes a locker's history: its reservations, the stock they took ({@code dispatched} units per
     * compartment) and their events. The locker row is locked and the marker checked again inside, so two
     * replicas starting together write it once; returns false when another one already had.
     */
    public Uni<Boolean> write(UUID locker, List<Past> reservations, Map<UUID, Integer> dispatched, List<CloudEvent> events) {
        return pool.withTransaction(c -> c.preparedQuery("SELECT 1 FROM locker WHERE id = $1 FOR UPDATE").execute(Tuple.of(locker))
                .chain(() -> c.preparedQuery("SELECT count(*) FROM reservation WHERE locker_id = $1 AND worker LIKE '"
                        + WORKER_PREFIX + "%'").execute(Tuple.of(locker)))
                .chain(have -> {
                    if (have.iterator().next().getLong(0) > 0 || reservations.isEmpty()) {
                        return Uni.createFrom().item(false);
                    }
                    List<Tuple> rows = reservations.stream().map(r -> Tuple.from(Arrays.asList(r.id(), r.tenant(), r.lockerId(),
                            r.stationId(), r.compartmentId(), r.compartmentNumber(), r.itemId(), r.itemName(), r.unitValueFen(),
                            r.worker(), r.pickupCode(), r.qrPayload(), r.status(), r.transactionId(), r.createdAt(), r.expiresAt(),
                            r.openedAt(), r.pickedUpAt(), r.closedAt(), r.closedBy()))).toList();
                    List<Tuple> stock = dispatched.entrySet().stream().map(e -> Tuple.of(e.getKey(), e.getValue())).toList();
                    Uni<Void> chain = c.preparedQuery("INSERT INTO reservation (id, tenant, locker_id, station_id, compartment_id,"
                                    + " compartment_number, item_id, item_name, unit_value_fen, worker, pickup_code, qr_payload, status,"
                                    + " transaction_id, created_at, expires_at, opened_at, picked_up_at, closed_at, closed_by)"
                                    + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)")
                            .executeBatch(rows).replaceWithVoid();
                    if (!stock.isEmpty()) {
                        chain = chain.chain(() -> c.preparedQuery("UPDATE compartment SET quantity = quantity - $2 WHERE id = $1")
                                .executeBatch(stock).replaceWithVoid());
                    }
                    return chain.chain(() -> outbox.appendAll(c, events)).replaceWith(true);
                }));
    }
}
