package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.locker.Supply;
import io.yizhan.locker.repository.SupplyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The per-city catalogue of free supplies and (temporarily) who is a union member. */
@ApplicationScoped
public class SupplyService {

    private final SupplyRepository supplies;
    private final Clock clock;

    public SupplyService(SupplyRepository supplies, Clock clock) {
        this.clock = clock;
        this.supplies = supplies;
    }

    /**
     * A catalogue item as an admin describes it, already checked by Bean Validation on {@code rest.SupplyRequest};
     * null limits take the defaults (threshold 5, one per 7 days).
     */
    public record SupplyDetails(String tenant, String name, Integer unitValueFen, Integer lowStockThreshold, Integer quotaCount,
                                Integer quotaDays, Boolean membersOnly, Boolean oncePerWorker) {
    }

    @WithTransaction
    public Uni<Supply> create(Caller caller, SupplyDetails request) {
        Supply supply = new Supply();
        supply.id = UUID.randomUUID();
        supply.tenant = caller.tenantForWrite(request.tenant());
        supply.createdAt = OffsetDateTime.now(clock);
        apply(request, supply);
        return supplies.persist(supply);
    }

    @WithTransaction
    public Uni<Supply> update(Caller caller, UUID id, SupplyDetails request) {
        return visible(caller, id).map(supply -> {
            if (request.tenant() != null && !request.tenant().equals(supply.tenant)) {
                throw ProblemException.badRequest("tenant", "物资所属城市不可更改 / an item's city cannot change");
            }
            apply(request, supply);
            return supply;
        });
    }

    /** Admins, managers and volunteers see their city's catalogue; workers and province admins any (filter by tenant). */
    @WithSession
    public Uni<Page<Supply>> list(Caller caller, String tenant, PageRequest page) {
        Optional<String> scope = WorkerScope.actsAsWorker(caller) ? Optional.empty() : caller.tenantScope();
        if (scope.isPresent() && tenant != null && !scope.get().equals(tenant)) {
            return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
        }
        String city = scope.orElse(tenant);
        var query = city == null ? supplies.find("order by tenant, name, id") : supplies.find("tenant = ?1 order by name, id", city);
        return query.page(page.page, page.size).list().chain(items -> query.count()
                .map(total -> new Page<>(items, page.page, page.size, total)));
    }

    /** What the membership desk reads: the city's gift packs, their reservations by outcome, and the members. */
    public record GiftPacks(String tenant, long members, List<SupplyRepository.GiftPackCount> items) {
    }

    /**
     * The gift packs of the caller's city (a province admin names one, or sees every city's together);
     * another city's, for a city admin, is an empty tally, as for lists.
     */
    @WithSession
    public Uni<GiftPacks> giftPacks(Caller caller, String tenant) {
        if (tenant != null && !Tenants.isCity(tenant)) {
            throw ProblemException.badRequest("tenant", "取值之一 / one of " + String.join(", ", Tenants.codes()));
        }
        Optional<String> scope = caller.tenantScope();
        if (scope.isPresent() && tenant != null && !scope.get().equals(tenant)) {
            return Uni.createFrom().item(new GiftPacks(null, 0, List.of()));
        }
        String city = scope.orElse(tenant);
        return supplies.memberCount(city).chain(members -> supplies.giftPacks(city)
                .map(items -> new GiftPacks(city, members, items)));
    }

    @WithSession
    public Uni<Supply> get(Caller caller, UUID id) {
        return visible(caller, id);
    }

    private Uni<Supply> visible(Caller caller, UUID id) {
        boolean worker = WorkerScope.actsAsWorker(caller);
        return supplies.findById(id).map(supply -> {
            if (supply == null || (!worker && !caller.sees(supply.tenant))) {
                throw ProblemException.notFound("物资 / Item", id);
            }
            return supply;
        });
    }

    private void apply(SupplyDetails request, Supply supply) {
        supply.name = request.name().strip();
        supply.unitValueFen = request.unitValueFen();
        supply.lowStockThreshold = request.lowStockThreshold() != null ? request.lowStockThreshold() : 5;
        supply.quotaCount = request.quotaCount() != null ? request.quotaCount() : 1;
        supply.quotaDays = request.quotaDays() != null ? request.quotaDays() : 7;
        supply.membersOnly = Boolean.TRUE.equals(request.membersOnly());
        supply.oncePerWorker = Boolean.TRUE.equals(request.oncePerWorker());
        supply.updatedAt = OffsetDateTime.now(clock);
    }
}
