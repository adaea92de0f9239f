package io.yizhan.station.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.station.evaluation.Inspection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    public Uni<Inspection> latest(UUID stationId) {
        return find("stationId", Sort.by("inspectedAt").descending().and("id"), stationId).firstResult();
    }

    public Uni<Page<Inspection>> search(Optional<String> tenant, Optional<String> body, UUID stationId, PageRequest request) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        tenant.ifPresent(t -> { where.add("tenant = :tenant"); params.and("tenant", t); });
        body.ifPresent(b -> { where.add("inspectionBody = :body"); params.and("body", b); });
        if (stationId != null) {
            where.add("stationId = :station");
            params.and("station", stationId);
        }
        Sort newestFirst = Sort.by("inspectedAt").descending().and("id");
        PanacheQuery<Inspection> query = where.isEmpty() ? findAll(newestFirst) : find(String.join(" and ", where), newestFirst, params);
        query.page(request.page, request.size);
        return query.list().chain(items -> query.count().map(total -> new Page<>(items, request.page, request.size, total)));
    }
}
