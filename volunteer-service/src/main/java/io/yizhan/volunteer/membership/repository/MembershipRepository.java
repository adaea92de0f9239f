package io.yizhan.volunteer.membership.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.membership.MembershipApplication;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<MembershipApplication, UUID> {

    /** Serialises one worker's applications for the rest of the transaction (two taps on "apply" give one). */
    public Uni<Void> lockApplicant(String applicant) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:a))")
                .setParameter("a", "membership:" + applicant).getSingleResult()).replaceWithVoid();
    }

    /** The worker's pending application or membership, if any. */
    public Uni<MembershipApplication> open(String applicant) {
        return find("applicant = ?1 and status in (?2, ?3)", applicant, MembershipApplication.Status.PENDING,
                MembershipApplication.Status.APPROVED).firstResult();
    }

    public Uni<List<MembershipApplication>> byApplicant(String applicant) {
        return list("applicant", Sort.by("createdAt").descending(), applicant);
    }

    public Uni<List<MembershipApplication>> ofCity(String tenant, MembershipApplication.Status status) {
        return tenant == null
                ? find("status", Sort.by("createdAt"), status).page(0, 200).list()
                : find("tenant = ?1 and status = ?2", Sort.by("createdAt"), tenant, status).page(0, 200).list();
    }

    /** New members (approved in [from, to)) per city and station. */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> newMembers(String tenant, OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT tenant, station_id::text, count(*) FROM membership_application"
                        + " WHERE status = 'APPROVED' AND decided_at >= :from AND decided_at < :to"
                        + " AND (CAST(:tenant AS varchar) IS NULL OR tenant = :tenant) GROUP BY tenant, station_id ORDER BY tenant, station_id",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("tenant", tenant).getResultList())
                .map(rows -> (List<Object[]>) (List<?>) rows);
    }
}
