package io.yizhan.rating.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.rating.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SuggestionRepository implements PanacheRepositoryBase<Suggestion, UUID> {

    public Uni<Page<Suggestion>> byAuthor(String author, PageRequest request) {
        return page(find("author", Sort.by("createdAt").descending().and("id"), author), request);
    }

    /** The admins' queue: one tenant's (or all) in a status, oldest first. */
    public Uni<Page<Suggestion>> queue(Optional<String> tenant, Suggestion.Status status, PageRequest request) {
        Sort oldestFirst = Sort.by("createdAt").and("id");
        PanacheQuery<Suggestion> query = tenant.isPresent()
                ? find("tenant = :tenant and status = :status", oldestFirst, Parameters.with("tenant", tenant.get()).and("status", status))
                : find("status", oldestFirst, status);
        return page(query, request);
    }

    public Uni<Page<Suggestion>> adopted(String tenant, PageRequest request) {
        return page(find("tenant = ?1 and status = ?2", Sort.by("decidedAt").descending().and("id"), tenant,
                Suggestion.Status.ADOPTED), request);
    }

    static Uni<Page<Suggestion>> page(PanacheQuery<Suggestion> query, PageRequest request) {
        query.page(request.page, request.size);
        return query.list().chain(items -> query.count().map(total -> new Page<>(items, request.page, request.size, total)));
    }
}
