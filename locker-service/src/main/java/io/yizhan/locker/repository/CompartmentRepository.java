package io.yizhan.locker.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.locker.Compartment;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Compartments. Stock moves only through conditional updates, each a single statement that PostgreSQL
 * runs under the row's lock: two transactions can never both take the last unit. The hold of a unit for a
 * reservation is one of them, inside {@code reserve_unit} (V8; {@link ReservationRepository#reserveUnit}).
 */
@ApplicationScoped
public class CompartmentRepository implements PanacheRepositoryBase<Compartment, UUID> {

    public Uni<List<Compartment>> ofLocker(UUID lockerId) {
        return list("lockerId = ?1 order by number", lockerId);
    }

    public Uni<Compartment> byNumber(UUID lockerId, int number) {
        return find("lockerId = ?1 and number = ?2", lockerId, number).firstResult();
    }

    /** Releases a held unit (cancel, expiry, failed dispense). */
    public Uni<Boolean> release(UUID compartmentId) {
        return update("UPDATE compartment SET held = held - 1 WHERE id = :id AND held > 0", compartmentId);
    }

    /** A held unit left the locker: quantity and held both go down by one. */
    public Uni<Boolean> dispense(UUID compartmentId) {
        return update("UPDATE compartment SET quantity = quantity - 1, held = held - 1 WHERE id = :id AND held > 0 AND quantity > 0",
                compartmentId);
    }

    /** The quantity our count holds for a compartment, or null when the locker has no such compartment. */
    public Uni<Integer> stockOf(UUID lockerId, int number) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT quantity FROM compartment WHERE locker_id = :l AND number = :n", Integer.class)
                .setParameter("l", lockerId).setParameter("n", number).getResultList())
                .map(rows -> rows.isEmpty() ? null : ((Number) rows.get(0)).intValue());
    }

    /**
     * The device counted {@code quantity} units in the compartment: that is the stock now. Units promised
     * to live reservations stay promised as far as the count allows. Returns the units the count moved.
     */
    public Uni<Integer> setCounted(UUID lockerId, int number, int quantity) {
        // read in SQL, not through the session: dispenses settled just before in this transaction were native updates
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT quantity FROM compartment WHERE locker_id = :l AND number = :n", Integer.class)
                .setParameter("l", lockerId).setParameter("n", number).getResultList())
                .chain(before -> before.isEmpty() ? Uni.createFrom().item(0)
                        : Panache.getSession().chain(s -> s.createNativeQuery(
                                        "UPDATE compartment SET quantity = :q, held = least(held, :q) WHERE locker_id = :l AND number = :n")
                                .setParameter("q", quantity).setParameter("l", lockerId).setParameter("n", number).executeUpdate())
                        .map(n -> Math.abs(((Number) before.get(0)).intValue() - quantity)));
    }

    /** Units of an item in a locker (physical quantity) and of them not yet promised. */
    @SuppressWarnings("unchecked")
    public Uni<long[]> stock(UUID lockerId, UUID itemId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT coalesce(sum(quantity), 0), coalesce(sum(quantity - held), 0) FROM compartment"
                                + " WHERE locker_id = :locker AND item_id = :item", Object[].class)
                .setParameter("locker", lockerId).setParameter("item", itemId).getSingleResult())
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new long[]{((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
                });
    }

    private static Uni<Boolean> update(String sql, UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter("id", id).executeUpdate())
                .map(n -> n > 0);
    }
}
