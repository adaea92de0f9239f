package io.yizhan.volunteer.shift.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.shift.Signup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SignupRepository implements PanacheRepositoryBase<Signup, UUID> {

    public Uni<Signup> of(UUID shiftId, UUID volunteerId) {
        return find("shiftId = ?1 and volunteerId = ?2", shiftId, volunteerId).firstResult();
    }

    /** Whether the volunteer holds (or waits for) another shift overlapping [from, to). */
    public Uni<Boolean> overlaps(UUID volunteerId, UUID exceptShift, OffsetDateTime from, OffsetDateTime to) {
        return count("volunteerId = ?1 and shiftId <> ?2 and status in ('CONFIRMED', 'WAITLISTED') and startsAt < ?3 and endsAt > ?4",
                volunteerId, exceptShift, to, from).map(n -> n > 0);
    }

    public Uni<Signup> firstWaiting(UUID shiftId) {
        return find("shiftId = ?1 and status = 'WAITLISTED'", Sort.by("waitlistSeq"), shiftId).firstResult();
    }

    public Uni<Long> waitingBefore(UUID shiftId, long seq) {
        return count("shiftId = ?1 and status = 'WAITLISTED' and waitlistSeq < ?2", shiftId, seq);
    }

    public Uni<Long> nextWaitlistSeq() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT nextval('signup_waitlist_seq')", Long.class).getSingleResult());
    }

    public Uni<List<Signup>> ofVolunteer(UUID volunteerId, OffsetDateTime from) {
        return list("volunteerId = ?1 and endsAt >= ?2 and status in ('CONFIRMED', 'WAITLISTED')", Sort.by("startsAt"), volunteerId, from);
    }

    /** Confirmed sign-ups whose check-in is overdue by {@code noShowBefore}. */
    public Uni<List<Signup>> overdueCheckIns(OffsetDateTime noShowBefore) {
        return list("status = 'CONFIRMED' and checkedInAt is null and startsAt < ?1", noShowBefore);
    }

    public Uni<List<Signup>> overdueCheckOuts(OffsetDateTime endedBefore) {
        return list("status = 'CONFIRMED' and checkedInAt is not null and checkedOutAt is null and endsAt < ?1", endedBefore);
    }

    /** Writes what a volunteer did on a shift, for how many workers. */
    public Uni<Void> logService(UUID shiftId, UUID volunteerId, String description, int workersServed, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO service_log (id, shift_id, volunteer_id, description,"
                        + " workers_served, created_at) VALUES (:id, :shift, :volunteer, :d, :n, :at)")
                .setParameter("id", UUID.randomUUID()).setParameter("shift", shiftId).setParameter("volunteer", volunteerId)
                .setParameter("d", description).setParameter("n", workersServed).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }
}
