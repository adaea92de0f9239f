package io.yizhan.volunteer.rights.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.rights.RightsCase;
import io.yizhan.volunteer.rights.RightsCaseReply;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RightsCaseRepository implements PanacheRepositoryBase<RightsCase, UUID> {

    /** The next case number of the city and year; the counter row's lock keeps parallel filings apart. */
    public Uni<Long> nextNumber(String tenant, int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO rights_case_counter (tenant, year, last) VALUES (:t, :y, 1)"
                        + " ON CONFLICT (tenant, year) DO UPDATE SET last = rights_case_counter.last + 1 RETURNING last", Long.class)
                .setParameter("t", tenant).setParameter("y", year).getSingleResult()).map(n -> ((Number) n).longValue());
    }

    public Uni<List<RightsCase>> byRequester(String requester) {
        return find("requester", Sort.by("createdAt").descending(), requester).page(0, 100).list();
    }

    public Uni<List<RightsCase>> ofCity(String tenant, RightsCase.Status status) {
        return status == null
                ? find("tenant", Sort.by("createdAt").descending(), tenant).page(0, 200).list()
                : find("tenant = ?1 and status = ?2", Sort.by("createdAt").descending(), tenant, status).page(0, 200).list();
    }

    /** Cases whose first reply is overdue at {@code now}: not answered by the desk, not closed. */
    public Uni<List<RightsCase>> overdue(String tenant, OffsetDateTime now) {
        return tenant == null
                ? list("firstReplyAt is null and status <> ?1 and firstReplyDue < ?2", Sort.by("firstReplyDue"), RightsCase.Status.CLOSED, now)
                : list("tenant = ?1 and firstReplyAt is null and status <> ?2 and firstReplyDue < ?3", Sort.by("firstReplyDue"),
                tenant, RightsCase.Status.CLOSED, now);
    }

    public Uni<List<RightsCaseReply>> replies(UUID caseId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from RightsCaseReply where caseId = :id order by createdAt",
                RightsCaseReply.class).setParameter("id", caseId).getResultList());
    }

    public Uni<RightsCaseReply> addReply(RightsCaseReply reply) {
        return Panache.getSession().chain(s -> s.persist(reply)).replaceWith(reply);
    }
}
