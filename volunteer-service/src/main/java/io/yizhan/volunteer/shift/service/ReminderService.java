package io.yizhan.volunteer.shift.service;

import io.yizhan.volunteer.support.SqlTimes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.volunteer.shift.ReminderPayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reminders a day and two hours before a confirmed shift, each sent once (table reminder_sent). */
@ApplicationScoped
public class ReminderService {

    public static final String REMINDER = "yizhan.volunteer.shift-reminder";

    enum Kind {
        DAY_BEFORE(Duration.ofHours(24)), TWO_HOURS_BEFORE(Duration.ofHours(2));

        final Duration ahead;

        Kind(Duration ahead) {
            this.ahead = ahead;
        }
    }

    private final Outbox outbox;

    public ReminderService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Sends the reminders that are due at {@code now}; returns how many. */
    @WithTransaction
    public Uni<Integer> sendDue(OffsetDateTime now) {
        return Multi.createFrom().items(Kind.values())
                .onItem().transformToUniAndConcatenate(kind -> due(kind, now).chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> send(kind, row)).collect().asList().map(List::size)))
                .collect().asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Object[]>> due(Kind kind, OffsetDateTime now) {
        // Due from "ahead" before the start until the start, unless sent already.
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT g.id, s.id, s.station_id, s.tenant, v.id, v.subject,"
                        + " s.title, s.starts_at FROM signup g JOIN shift s ON s.id = g.shift_id JOIN volunteer v ON v.id = g.volunteer_id"
                        + " WHERE g.status = 'CONFIRMED' AND s.starts_at > :now AND s.starts_at <= :horizon"
                        + " AND NOT EXISTS (SELECT 1 FROM reminder_sent r WHERE r.signup_id = g.id AND r.kind = :kind)"
                        + " ORDER BY s.starts_at LIMIT 500 FOR UPDATE OF g SKIP LOCKED", Object[].class)
                .setParameter("now", now).setParameter("horizon", now.plus(kind.ahead)).setParameter("kind", kind.name())
                .getResultList()).map(rows -> (List<Object[]>) (List<?>) rows);
    }

    private Uni<Void> send(Kind kind, Object[] row) {
        UUID signup = (UUID) row[0];
        ReminderPayload payload = new ReminderPayload((UUID) row[1], (UUID) row[2], (String) row[3], (UUID) row[4], (String) row[5],
                (String) row[6], SqlTimes.offsetDateTime(row[7]), kind.name());
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO reminder_sent (signup_id, kind, sent_at)"
                        + " VALUES (:signup, :kind, now()) ON CONFLICT DO NOTHING")
                .setParameter("signup", signup).setParameter("kind", kind.name()).executeUpdate())
                .chain(() -> outbox.append(REMINDER, payload.stationId().toString(), payload.tenant(), payload))
                .replaceWithVoid();
    }
}
