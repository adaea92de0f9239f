package io.yizhan.volunteer.donation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.donation.Donation;
import io.yizhan.volunteer.support.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.UUID;

/** The donation table (native SQL: donations have no entity). Call inside a session. */
@ApplicationScoped
public class DonationRepository {

    static final String COLUMNS = "id, station_id, item, donor, quantity, taken, created_at";

    public Uni<Void> insert(Donation donation, String tenant, String recordedBy) {
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO donation (id, tenant, station_id, item, donor,"
                        + " quantity, recorded_by, created_at) VALUES (:id, :tenant, :station, :item, :donor, :q, :by, :at)")
                .setParameter("id", donation.id()).setParameter("tenant", tenant).setParameter("station", donation.stationId())
                .setParameter("item", donation.item()).setParameter("donor", donation.donor())
                .setParameter("q", donation.quantity()).setParameter("by", recordedBy)
                .setParameter("at", donation.createdAt()).executeUpdate()).replaceWithVoid();
    }

    /** Adds {@code quantity} taken unless fewer remain or the donation is not in {@code tenant} (empty: any city); rows changed. */
    public Uni<Integer> take(UUID id, int quantity, String tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE donation SET taken = taken + :q WHERE id = :id"
                        + " AND taken + :q <= quantity AND (:tenant = '' OR tenant = :tenant)")
                .setParameter("q", quantity).setParameter("id", id).setParameter("tenant", tenant).executeUpdate());
    }

    /** The donation if it is in {@code tenant} (or in any city when tenant is empty), else null. */
    public Uni<Donation> find(UUID id, String tenant) {
        return Panache.getSession().chain(s -> rows(s.createNativeQuery("SELECT " + COLUMNS + " FROM donation WHERE id = :id"
                        + " AND (:tenant = '' OR tenant = :tenant)", Object[].class).setParameter("id", id).setParameter("tenant", tenant)))
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<Donation>> atStation(UUID stationId) {
        return Panache.getSession().chain(s -> rows(s.createNativeQuery("SELECT " + COLUMNS + " FROM donation WHERE station_id = :station"
                + " ORDER BY created_at DESC LIMIT 200", Object[].class).setParameter("station", stationId)));
    }

    @SuppressWarnings("unchecked")
    private static Uni<List<Donation>> rows(Mutiny.SelectionQuery<Object[]> query) {
        return query.getResultList().map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> new Donation((UUID) r[0],
                (UUID) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                SqlTimes.offsetDateTime(r[6]))).toList());
    }
}
