package io.yizhan.volunteer.wish.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.wish.Wish;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WishRepository implements PanacheRepositoryBase<Wish, UUID> {

    /**
     * Claims a published wish for one donor in a single statement: of two donors racing, exactly one
     * row is updated. The author can never claim their own wish.
     */
    public Uni<Boolean> claim(UUID id, String donor, OffsetDateTime expiresAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE wish SET status = 'CLAIMED', claimed_by = :donor,"
                        + " claim_expires_at = :expires WHERE id = :id AND status = 'PUBLISHED' AND author <> :donor")
                .setParameter("donor", donor).setParameter("expires", expiresAt).setParameter("id", id)
                .executeUpdate()).map(n -> n == 1);
    }

    /**
     * How many wishes {@code donor} holds claimed, counted under a transaction-scoped advisory lock on
     * the donor, so that parallel claims by one person are counted one after the other.
     */
    public Uni<Long> openClaimsLocking(String donor) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                                "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('wish-claims:' || CAST(:donor AS text)))) l", Long.class)
                        .setParameter("donor", donor).getSingleResult()
                        .chain(() -> s.createNativeQuery("SELECT count(*) FROM wish WHERE status = 'CLAIMED' AND claimed_by = :donor", Long.class)
                                .setParameter("donor", donor).getSingleResult()));
    }

    /** Claims not fulfilled in time go back on the board. */
    public Uni<Integer> releaseExpiredClaims(OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE wish SET status = 'PUBLISHED', claimed_by = NULL,"
                        + " claim_expires_at = NULL WHERE status = 'CLAIMED' AND claim_expires_at < :now")
                .setParameter("now", now).executeUpdate());
    }

    public Uni<List<Wish>> board(String tenant, Wish.Status status) {
        return list("tenant = ?1 and status = ?2", Sort.by("createdAt").descending(), tenant, status);
    }

    /** What {@code donor} claimed and still holds or has seen fulfilled (a released claim is no longer theirs). */
    public Uni<List<Wish>> byDonor(String donor) {
        return list("claimedBy = ?1 and status in ?2", Sort.by("claimExpiresAt").descending(), donor,
                List.of(Wish.Status.CLAIMED, Wish.Status.FULFILLED));
    }

    public Uni<List<Wish>> byAuthor(String author) {
        return list("author", Sort.by("createdAt").descending(), author);
    }

    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> countsByCity() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT tenant, status, count(*) FROM wish GROUP BY tenant, status"
                + " ORDER BY tenant, status", Object[].class).getResultList()).map(rows -> (List<Object[]>) (List<?>) rows);
    }
}
