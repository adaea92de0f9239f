package io.yizhan.locker.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.locker.Reservation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReservationRepository implements PanacheRepositoryBase<Reservation, UUID> {

    /**
     * What {@code reserve_unit} (V8) answered: its outcome, and what the reservation took from the locker,
     * item and station when it is OK. The item's quota fields come with any outcome after the item was found,
     * so that a refusal can say which quota.
     */
    public record UnitReserved(String outcome, String stationStatus, String tenant, UUID stationId, UUID compartmentId,
                               Integer compartmentNumber, String itemName, Integer unitValueFen, String pickupCode,
                               String qrPayload, Integer quotaCount, Integer quotaDays, Boolean oncePerWorker) {
    }

    /**
     * Checks a reservation's rules, holds one unit and inserts the reservation, in one round trip (V8, ADR 0022),
     * on the caller's transaction (the reactive pool's, no Hibernate session: ADR 0022). {@code serving}: the
     * station statuses that take reservations; {@code qrTemplate}: the QR payload with {@code {code}} where the
     * drawn code goes.
     */
    public Uni<UnitReserved> reserveUnit(SqlClient transaction, UUID id, String worker, UUID lockerId, UUID itemId,
                                         OffsetDateTime now, OffsetDateTime expires, Collection<String> serving,
                                         String qrTemplate) {
        return transaction.preparedQuery("SELECT * FROM reserve_unit($1, $2, $3, $4, $5, $6, $7::varchar[], $8)")
                .execute(Tuple.from(Arrays.asList(id, worker, lockerId, itemId, now, expires, serving.toArray(String[]::new),
                        qrTemplate)))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new UnitReserved(r.getString(0), r.getString(1), r.getString(2), r.getUUID(3), r.getUUID(4),
                            r.getInteger(5), r.getString(6), r.getInteger(7), r.getString(8), r.getString(9), r.getInteger(10),
                            r.getInteger(11), r.getBoolean(12));
                });
    }

    /** Moves a reservation from one status to another if it is still in the first; returns whether it moved. */
    public Uni<Boolean> transition(UUID id, String from, String to, OffsetDateTime at, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE reservation SET status = :to, closed_at = :at, closed_by = :by,"
                                + " picked_up_at = CASE WHEN :to = 'PICKED_UP' THEN :at ELSE picked_up_at END"
                                + " WHERE id = :id AND status = :from")
                .setParameter("to", to).setParameter("at", at).setParameter("by", by).setParameter("id", id)
                .setParameter("from", from).executeUpdate()).map(n -> n > 0);
    }

    /** RESERVED → OPENING with a fresh transaction id, once. */
    public Uni<Boolean> open(UUID id, UUID transactionId, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE reservation SET status = 'OPENING', transaction_id = :tx, opened_at = :at"
                                + " WHERE id = :id AND status = 'RESERVED' AND expires_at > :at")
                .setParameter("tx", transactionId).setParameter("at", at).setParameter("id", id).executeUpdate())
                .map(n -> n > 0);
    }

    /** The id of the reservation of a dispense transaction at a locker, or null. */
    public Uni<UUID> byTransaction(UUID lockerId, UUID transactionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM reservation WHERE locker_id = :l AND transaction_id = :tx", UUID.class)
                .setParameter("l", lockerId).setParameter("tx", transactionId).getResultList())
                .map(ids -> ids.isEmpty() ? null : ids.get(0));
    }

    /** The live reservation of a code at a locker, or null: (id). */
    public Uni<UUID> liveByCode(UUID lockerId, String code) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM reservation WHERE locker_id = :l AND pickup_code = :c AND status IN ('RESERVED', 'OPENING')",
                        UUID.class)
                .setParameter("l", lockerId).setParameter("c", code).getResultList())
                .map(ids -> ids.isEmpty() ? null : ids.get(0));
    }

    /** Reserved and past their expiry, locked for the releasing transaction. */
    public Uni<List<UUID>> lockDue(OffsetDateTime now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM reservation WHERE status = 'RESERVED' AND expires_at < :now"
                                + " ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList());
    }

    /** Uncollected reservations expiring by {@code horizon} whose worker was not yet told; locked, soonest first. */
    public Uni<List<UUID>> lockWarnDue(OffsetDateTime now, OffsetDateTime horizon, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM reservation WHERE status = 'RESERVED' AND expiry_warned_at IS NULL"
                                + " AND expires_at >= :now AND expires_at <= :horizon"
                                + " ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("now", now).setParameter("horizon", horizon).setParameter("limit", limit).getResultList());
    }

    /** Records that the worker was told; false if they already were. */
    public Uni<Boolean> markWarned(UUID id, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE reservation SET expiry_warned_at = :at WHERE id = :id AND expiry_warned_at IS NULL")
                .setParameter("at", at).setParameter("id", id).executeUpdate()).map(n -> n > 0);
    }

    /** Moves a reservation in OPENING or UNKNOWN (a dispense whose outcome the device still owes) to {@code to}. */
    public Uni<Boolean> settle(UUID id, String to, OffsetDateTime at, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE reservation SET status = :to, closed_at = :at, closed_by = :by,"
                                + " picked_up_at = CASE WHEN :to = 'PICKED_UP' THEN :at ELSE picked_up_at END"
                                + " WHERE id = :id AND status IN ('OPENING', 'UNKNOWN')")
                .setParameter("to", to).setParameter("at", at).setParameter("by", by).setParameter("id", id)
                .executeUpdate()).map(n -> n > 0);
    }

    /** Reservations of a compartment whose dispense is UNKNOWN, oldest opening first: what a stock report settles. */
    public Uni<List<Reservation>> unknownOf(UUID lockerId, int number) {
        return list("lockerId = ?1 and compartmentNumber = ?2 and status = ?3 order by openedAt", lockerId, number,
                io.yizhan.locker.ReservationStatus.UNKNOWN);
    }

    /** Opened at the locker before {@code openedBefore} and never confirmed or failed, locked for closing. */
    public Uni<List<UUID>> lockStuckOpenings(OffsetDateTime openedBefore, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM reservation WHERE status = 'OPENING' AND opened_at < :before"
                                + " ORDER BY opened_at LIMIT :limit FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("before", openedBefore).setParameter("limit", limit).getResultList());
    }

    public Uni<Void> auditRemoteOpen(UUID id, String tenant, UUID lockerId, int number, UUID reservationId, String reason,
                                     String by, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO remote_open (id, tenant, locker_id, compartment_number, reservation_id, reason, opened_by, created_at)"
                                + " VALUES (:id, :t, :l, :n, :r, :reason, :by, :at)")
                .setParameter("id", id).setParameter("t", tenant).setParameter("l", lockerId).setParameter("n", number)
                .setParameter("r", reservationId).setParameter("reason", reason).setParameter("by", by).setParameter("at", at)
                .executeUpdate()).replaceWithVoid();
    }
}
