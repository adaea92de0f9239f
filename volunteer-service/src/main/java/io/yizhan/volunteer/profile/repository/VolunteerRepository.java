package io.yizhan.volunteer.profile.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.profile.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

@ApplicationScoped
public class VolunteerRepository implements PanacheRepositoryBase<Volunteer, UUID> {

    public Uni<Volunteer> bySubject(String subject) {
        return find("subject", subject).firstResult();
    }

    /** The volunteer's row locked, so that one person's sign-ups are decided one at a time. */
    public Uni<Volunteer> lockBySubject(String subject) {
        return find("subject", subject).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
