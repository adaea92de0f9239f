package io.yizhan.rating.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.rating.Rating;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, UUID> {

    /**
     * Serialises one worker's ratings of one station until the transaction ends, so that two at once
     * cannot both miss the other and both be created.
     */
    public Uni<Void> lockAuthorStation(String author, UUID stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:k))) l", Integer.class)
                .setParameter("k", "rating:" + author + ":" + stationId).getSingleResult()).replaceWithVoid();
    }

    /** The worker's rating of the station made after {@code since}, if any (the one a new rating replaces). */
    public Uni<Rating> latestSince(String author, UUID stationId, OffsetDateTime since) {
        return find("author = ?1 and stationId = ?2 and ratedAt > ?3", Sort.by("ratedAt").descending(), author, stationId, since)
                .firstResult();
    }

    public Uni<Page<Rating>> moderationQueue(Optional<String> tenant, Rating.CommentStatus status, PageRequest request) {
        Sort oldestFirst = Sort.by("ratedAt").and("id");
        PanacheQuery<Rating> query = tenant.isPresent()
                ? find("tenant = :tenant and commentStatus = :status", oldestFirst,
                        Parameters.with("tenant", tenant.get()).and("status", status))
                : find("commentStatus", oldestFirst, status);
        return page(query, request);
    }

    /** Public comments of a station, newest first. */
    public Uni<Page<Rating>> publicComments(UUID stationId, PageRequest request) {
        PanacheQuery<Rating> query = find("stationId = ?1 and commentStatus in ?2", Sort.by("ratedAt").descending().and("id"),
                stationId, List.of(Rating.CommentStatus.PUBLISHED, Rating.CommentStatus.APPROVED));
        return page(query, request);
    }

    public Uni<Page<Rating>> byAuthor(String author, PageRequest request) {
        return page(find("author", Sort.by("ratedAt").descending().and("id"), author), request);
    }

    static Uni<Page<Rating>> page(PanacheQuery<Rating> query, PageRequest request) {
        query.page(request.page, request.size);
        return query.list().chain(items -> query.count().map(total -> new Page<>(items, request.page, request.size, total)));
    }
}
