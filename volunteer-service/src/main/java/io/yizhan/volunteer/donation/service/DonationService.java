package io.yizhan.volunteer.donation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.donation.Donation;
import io.yizhan.volunteer.donation.repository.DonationRepository;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The donation corner: what was donated to a station and what workers took. */
@ApplicationScoped
public class DonationService {

    private final StationReplicaRepository stations;
    private final DonationRepository donations;
    private final Clock clock;

    public DonationService(StationReplicaRepository stations, DonationRepository donations, Clock clock) {
        this.stations = stations;
        this.donations = donations;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Donation> record(Caller caller, NewDonation request) {
        return stations.findById(request.stationId())
                .map(station -> station != null && station.manageableBy(caller) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", request.stationId()))
                .chain(station -> {
                    Donation donation = new Donation(UUID.randomUUID(), station.id, request.item().strip(), request.donor(),
                            request.quantity(), 0, OffsetDateTime.now(clock));
                    return donations.insert(donation, station.tenant, caller.username() == null ? caller.subject() : caller.username())
                            .replaceWith(donation);
                });
    }

    /** Records items taken; never more than remain (a single conditional update). */
    @WithTransaction
    public Uni<Donation> take(Caller caller, UUID id, int quantity) {
        String tenant = caller.tenantScope().orElse("");
        // a station manager takes only from the stations they manage (same 404 as another city's donation)
        return donations.find(id, tenant)
                .chain(found -> found == null ? Uni.createFrom().nullItem() : stations.findById(found.stationId()))
                .map(station -> station != null && station.manageableBy(caller) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("捐赠 / Donation", id))
                .chain(station -> donations.take(id, quantity, tenant)).chain(updated -> {
            if (updated == 0) {
                return donations.find(id, tenant).map(found -> {
                    throw found == null ? ProblemException.notFound("捐赠 / Donation", id)
                            : ProblemException.conflict("剩余数量不足 / fewer items remain than that");
                });
            }
            return donations.find(id, "");
        });
    }

    @WithSession
    public Uni<List<Donation>> atStation(UUID stationId) {
        return donations.atStation(stationId);
    }

    /** What a donation is recorded with (validated by the caller). */
    public record NewDonation(UUID stationId, String item, String donor, int quantity) {
    }
}
