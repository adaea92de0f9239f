package io.yizhan.locker.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.locker.DeviceCommand;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Commands to devices. A command changes state only through the conditional updates here, so a
 * duplicate, late or replayed acknowledgement finds the command already closed and changes nothing.
 */
@ApplicationScoped
public class DeviceCommandRepository implements PanacheRepositoryBase<DeviceCommand, UUID> {

    /** A command due to be (re)sent, with the device it goes to. */
    public record Due(UUID id, String deviceClientId) {
    }

    /** Pending commands not sent since they were written or their device came back, locked for the relay. */
    @SuppressWarnings("unchecked")
    public Uni<List<Due>> lockUnsent(OffsetDateTime now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT c.id, l.device_client_id FROM device_command c JOIN locker l ON l.id = c.locker_id"
                                + " WHERE c.status = 'PENDING' AND c.sent_at IS NULL AND c.expires_at > :now"
                                + " ORDER BY c.created_at LIMIT :limit FOR UPDATE OF c SKIP LOCKED", Object[].class)
                .setParameter("now", now).setParameter("limit", limit).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream()
                        .map(r -> new Due((UUID) r[0], (String) r[1])).toList());
    }

    public Uni<Void> markSent(UUID id, OffsetDateTime at) {
        return update("UPDATE device_command SET sent_at = :at, send_count = send_count + 1 WHERE id = :id", id, at);
    }

    /** The device (re)connected: its pending commands go out again (it drops ids it has already done). */
    public Uni<Integer> resendPending(UUID lockerId, OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE device_command SET sent_at = NULL WHERE locker_id = :l AND status = 'PENDING' AND expires_at > :now")
                .setParameter("l", lockerId).setParameter("now", now).executeUpdate());
    }

    /** Counts an acknowledgement, whatever it changes: duplicates stay visible. */
    public Uni<Void> countAck(UUID id, OffsetDateTime at) {
        return update("UPDATE device_command SET ack_count = ack_count + 1, acked_at = coalesce(acked_at, :at) WHERE id = :id", id, at);
    }

    /**
     * Closes a command that is still open (PENDING, or UNKNOWN waiting for the device's word) with the
     * outcome; false when it was closed already (a duplicate or stale answer).
     */
    public Uni<Boolean> close(UUID id, String to, String outcome, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE device_command SET status = :to, outcome = :outcome, closed_by = :by"
                                + " WHERE id = :id AND status IN ('PENDING', 'UNKNOWN')")
                .setParameter("to", to).setParameter("outcome", outcome).setParameter("by", by).setParameter("id", id)
                .executeUpdate()).map(n -> n > 0);
    }

    /** Pending and past their expiry, locked for the expiring transaction. */
    public Uni<List<UUID>> lockExpired(OffsetDateTime now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM device_command WHERE status = 'PENDING' AND expires_at <= :now"
                                + " ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList());
    }

    /** Openings of one compartment whose outcome is unknown, oldest first: what a stock report settles. */
    public Uni<List<DeviceCommand>> unknownOpenings(UUID lockerId, int number) {
        return list("lockerId = ?1 and compartmentNumber = ?2 and status = io.yizhan.locker.DeviceCommandStatus.UNKNOWN"
                + " order by createdAt", lockerId, number);
    }

    public Uni<List<DeviceCommand>> page(UUID lockerId, String status, int page, int size) {
        return status == null
                ? find("lockerId = ?1 order by createdAt desc", lockerId).page(page, size).list()
                : find("lockerId = ?1 and status = ?2 order by createdAt desc", lockerId,
                        io.yizhan.locker.DeviceCommandStatus.valueOf(status)).page(page, size).list();
    }

    public Uni<Long> countOf(UUID lockerId, String status) {
        return status == null ? count("lockerId = ?1", lockerId)
                : count("lockerId = ?1 and status = ?2", lockerId, io.yizhan.locker.DeviceCommandStatus.valueOf(status));
    }

    /** The last stock a device reported, kept with how many units the platform's count moved to match it. */
    public Uni<Void> recordStockReport(UUID id, String tenant, UUID lockerId, OffsetDateTime reportedAt, OffsetDateTime receivedAt,
                                       String body, int adjusted) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO stock_report (id, tenant, locker_id, reported_at, received_at, body, adjusted)"
                                + " VALUES (:id, :t, :l, :rep, :rec, :body, :adj)")
                .setParameter("id", id).setParameter("t", tenant).setParameter("l", lockerId).setParameter("rep", reportedAt)
                .setParameter("rec", receivedAt).setParameter("body", body).setParameter("adj", adjusted).executeUpdate())
                .replaceWithVoid();
    }

    private static Uni<Void> update(String sql, UUID id, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter("id", id).setParameter("at", at).executeUpdate())
                .replaceWithVoid();
    }
}
