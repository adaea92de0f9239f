package io.yizhan.station.registry.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.station.registry.StationReport;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StationReportRepository implements PanacheRepositoryBase<StationReport, UUID> {

    /** The queue: reports of one tenant (or all) in a status, oldest first. */
    public Uni<Page<StationReport>> queue(Optional<String> tenant, StationReport.Status status, PageRequest request) {
        Sort oldestFirst = Sort.by("createdAt").and("id");
        PanacheQuery<StationReport> query = tenant.isPresent()
                ? find("tenant = :tenant and status = :status", oldestFirst,
                        Parameters.with("tenant", tenant.get()).and("status", status))
                : find("status", oldestFirst, status);
        query.page(request.page, request.size);
        return query.list().chain(items -> query.count().map(total -> new Page<>(items, request.page, request.size, total)));
    }

    public Uni<List<StationReport>> byReporter(String reporter) {
        return list("reporter", Sort.by("createdAt").descending(), reporter);
    }

    public Uni<Boolean> hasOpen(String reporter, UUID stationId) {
        return count("reporter = ?1 and stationId = ?2 and status = ?3", reporter, stationId, StationReport.Status.OPEN)
                .map(n -> n > 0);
    }
}
