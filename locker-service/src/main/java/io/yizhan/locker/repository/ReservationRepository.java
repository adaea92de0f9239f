package io.yizhan.locker.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.locker.Reservation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReservationRepository implements PanacheRepositoryBase<Reservation, UUID> {

    /** Locks (worker, item) for the rest of the transaction: quota checks of one worker and item run serially. */
    public Uni<Void> lockWorkerItem(String worker, UUID itemId, OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO worker_item_lock (worker, item_id, touched_at) VALUES (:w, :i, :at)"
                                + " ON CONFLICT (worker, item_id) DO UPDATE SET touched_at = excluded.touched_at")
                .setParameter("w", worker).setParameter("i", itemId).setParameter("at", now).executeUpdate()).replaceWithVoid();
    }

    /**
     * Reservations of the worker for the item that count against a quota since {@code since}: live, picked
     * up, unsettled, and abandoned (expired without a pickup: the unit was kept from others for hours);
     * cancelled ones and failed dispenses do not.
     */
    public Uni<Long> countTowardsQuota(String worker, UUID itemId, OffsetDateTime since) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT count(*) FROM reservation WHERE worker = :w AND item_id = :i AND created_at >= :since"
                                + " AND status IN ('RESERVED', 'OPENING', 'PICKED_UP', 'UNKNOWN', 'EXPIRED')", Long.class)
                .setParameter("w", worker).setParameter("i", itemId).setParameter("since", since).getSingleResult())
                .map(n -> ((Number) n).longValue());
    }

    /** A six-digit code not used by a live reservation of the locker (the partial unique index is the guarantee). */
    public Uni<String> freeCode(UUID lockerId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT c FROM (SELECT lpad(floor(random() * 1000000)::int::text, 6, '0') AS c FROM generate_series(1, 16)) s"
                                + " WHERE NOT EXISTS (SELECT 1 FROM reservation r WHERE r.locker_id = :l AND r.pickup_code = s.c"
                                + " AND r.status IN ('RESERVED', 'OPENING')) LIMIT 1", String.class)
                .setParameter("l", lockerId).getResultList())
                .map(codes -> codes.isEmpty() ? null : codes.get(0));
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
