package io.yizhan.volunteer.donation.service;

import io.yizhan.volunteer.support.SqlTimes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.donation.rest.DonationRequest;
import io.yizhan.volunteer.donation.rest.DonationView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The donation corner: what was donated to a station and what workers took. */
@ApplicationScoped
public class DonationService {

    static final String COLUMNS = "id, station_id, item, donor, quantity, taken, created_at";

    private final StationReplicaRepository stations;
    private final Clock clock;

    public DonationService(StationReplicaRepository stations, Clock clock) {
        this.clock = clock;
        this.stations = stations;
    }

    @WithTransaction
    public Uni<DonationView> record(Caller caller, DonationRequest request) {
        return stations.findById(request.stationId())
                .map(station -> station != null && caller.sees(station.tenant) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", request.stationId()))
                .chain(station -> {
                    UUID id = UUID.randomUUID();
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO donation (id, tenant, station_id, item, donor,"
                                    + " quantity, recorded_by, created_at) VALUES (:id, :tenant, :station, :item, :donor, :q, :by, :at)")
                            .setParameter("id", id).setParameter("tenant", station.tenant).setParameter("station", station.id)
                            .setParameter("item", request.item().strip()).setParameter("donor", request.donor())
                            .setParameter("q", request.quantity()).setParameter("by", caller.username() == null ? caller.subject() : caller.username())
                            .setParameter("at", now).executeUpdate())
                            .map(n -> new DonationView(id, station.id, request.item().strip(), request.donor(), request.quantity(), 0,
                                    request.quantity(), now));
                });
    }

    /** Records items taken; never more than remain (a single conditional update). */
    @WithTransaction
    public Uni<DonationView> take(Caller caller, UUID id, int quantity) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE donation SET taken = taken + :q WHERE id = :id"
                        + " AND taken + :q <= quantity AND (:tenant = '' OR tenant = :tenant)")
                .setParameter("q", quantity).setParameter("id", id).setParameter("tenant", caller.tenantScope().orElse(""))
                .executeUpdate()
                .chain(updated -> {
                    if (updated == 0) {
                        return one(s, id, caller.tenantScope().orElse("")).map(found -> {
                            throw found.isEmpty() ? ProblemException.notFound("捐赠 / Donation", id)
                                    : ProblemException.conflict("剩余数量不足 / fewer items remain than that");
                        });
                    }
                    return one(s, id, "").map(found -> found.get(0));
                }));
    }

    @WithSession
    public Uni<List<DonationView>> atStation(UUID stationId) {
        return Panache.getSession().chain(s -> rows(s.createNativeQuery("SELECT " + COLUMNS + " FROM donation WHERE station_id = :station"
                + " ORDER BY created_at DESC LIMIT 200", Object[].class).setParameter("station", stationId)));
    }

    /** The donation if it is in {@code tenant} (or in any city when tenant is empty). */
    private Uni<List<DonationView>> one(org.hibernate.reactive.mutiny.Mutiny.Session s, UUID id, String tenant) {
        return rows(s.createNativeQuery("SELECT " + COLUMNS + " FROM donation WHERE id = :id AND (:tenant = '' OR tenant = :tenant)",
                Object[].class).setParameter("id", id).setParameter("tenant", tenant));
    }

    @SuppressWarnings("unchecked")
    private static Uni<List<DonationView>> rows(org.hibernate.reactive.mutiny.Mutiny.SelectionQuery<Object[]> query) {
        return query.getResultList().map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> {
            int quantity = ((Number) r[4]).intValue();
            int taken = ((Number) r[5]).intValue();
            return new DonationView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], quantity, taken, quantity - taken,
                    SqlTimes.offsetDateTime(r[6]));
        }).toList());
    }
}
