package io.yizhan.volunteer.shift.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.shift.DueReminder;
import io.yizhan.volunteer.support.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Which reminders were sent (table reminder_sent), and which are due. Call inside a transaction. */
@ApplicationScoped
public class ReminderRepository {

    /**
     * Confirmed sign-ups of shifts starting after {@code now} and by {@code horizon} without a reminder
     * of {@code kind}; locked (others running the same sweep skip them), at most 500, soonest first.
     */
    @SuppressWarnings("unchecked")
    public Uni<List<DueReminder>> due(String kind, OffsetDateTime now, OffsetDateTime horizon) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT g.id, s.id, s.station_id, s.tenant, v.id, v.subject,"
                        + " s.title, s.starts_at FROM signup g JOIN shift s ON s.id = g.shift_id JOIN volunteer v ON v.id = g.volunteer_id"
                        + " WHERE g.status = 'CONFIRMED' AND s.starts_at > :now AND s.starts_at <= :horizon"
                        + " AND NOT EXISTS (SELECT 1 FROM reminder_sent r WHERE r.signup_id = g.id AND r.kind = :kind)"
                        + " ORDER BY s.starts_at LIMIT 500 FOR UPDATE OF g SKIP LOCKED", Object[].class)
                .setParameter("now", now).setParameter("horizon", horizon).setParameter("kind", kind)
                .getResultList()).map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> new DueReminder((UUID) r[0],
                (UUID) r[1], (UUID) r[2], (String) r[3], (UUID) r[4], (String) r[5], (String) r[6], SqlTimes.offsetDateTime(r[7])))
                .toList());
    }

    /** Records the reminder as sent; a second call for the same sign-up and kind changes nothing. */
    public Uni<Void> markSent(UUID signupId, String kind, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO reminder_sent (signup_id, kind, sent_at)"
                        + " VALUES (:signup, :kind, :at) ON CONFLICT DO NOTHING")
                .setParameter("signup", signupId).setParameter("kind", kind).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }
}
