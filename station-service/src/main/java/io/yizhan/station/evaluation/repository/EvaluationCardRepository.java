package io.yizhan.station.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.station.evaluation.CardAction;
import io.yizhan.station.evaluation.EvaluationCard;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationCardRepository implements PanacheRepositoryBase<EvaluationCard, UUID> {

    public Uni<List<EvaluationCard>> ofStation(UUID stationId) {
        return list("stationId", Sort.by("issuedAt").and("id"), stationId);
    }

    /** Cards of one city (or all), optionally in one status and for one station, newest first. */
    public Uni<Page<EvaluationCard>> search(Optional<String> tenant, EvaluationCard.Status status, UUID stationId,
                                            PageRequest request) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        tenant.ifPresent(t -> { where.add("tenant = :tenant"); params.and("tenant", t); });
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (stationId != null) {
            where.add("stationId = :station");
            params.and("station", stationId);
        }
        Sort newestFirst = Sort.by("issuedAt").descending().and("id");
        PanacheQuery<EvaluationCard> query = where.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", where), newestFirst, params);
        query.page(request.page, request.size);
        return query.list().chain(items -> query.count().map(total -> new Page<>(items, request.page, request.size, total)));
    }

    public Uni<List<CardAction>> actionsOf(UUID cardId) {
        return CardAction.list("cardId", Sort.by("at").and("id"), cardId);
    }

    public Uni<CardAction> record(CardAction action) {
        return action.persist();
    }
}
