package io.yizhan.volunteer.shift.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.volunteer.shift.DueReminder;
import io.yizhan.volunteer.shift.ReminderPayload;
import io.yizhan.volunteer.shift.repository.ReminderRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

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
    private final ReminderRepository reminders;

    public ReminderService(Outbox outbox, ReminderRepository reminders) {
        this.outbox = outbox;
        this.reminders = reminders;
    }

    /** Sends the reminders that are due at {@code now}; returns how many. */
    @WithTransaction
    public Uni<Integer> sendDue(OffsetDateTime now) {
        return Multi.createFrom().items(Kind.values())
                // Due from "ahead" before the start until the start, unless sent already.
                .onItem().transformToUniAndConcatenate(kind -> reminders.due(kind.name(), now, now.plus(kind.ahead))
                        .chain(due -> Multi.createFrom().iterable(due)
                                .onItem().transformToUniAndConcatenate(reminder -> send(kind, reminder, now)).collect().asList()
                                .map(List::size)))
                .collect().asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    private Uni<Void> send(Kind kind, DueReminder due, OffsetDateTime now) {
        ReminderPayload payload = new ReminderPayload(due.shiftId(), due.stationId(), due.tenant(), due.volunteerId(), due.subject(),
                due.title(), due.startsAt(), kind.name());
        return reminders.markSent(due.signupId(), kind.name(), now)
                .chain(() -> outbox.append(REMINDER, payload.stationId().toString(), payload.tenant(), payload))
                .replaceWithVoid();
    }
}
