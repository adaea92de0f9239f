package io.yizhan.volunteer.shift.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.shift.Roster;
import io.yizhan.volunteer.shift.Signup;
import io.yizhan.volunteer.support.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The sign-ups and service log of one shift with the volunteers' names, for the shift desk. */
@ApplicationScoped
public class RosterRepository {

    /** Sign-ups in the order a desk reads them: confirmed, then the waitlist in its order, then the rest. */
    @SuppressWarnings("unchecked")
    public Uni<List<Roster.Entry>> signups(UUID shiftId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT v.id, v.display_name, g.status, CASE WHEN g.status ="
                        + " 'WAITLISTED' THEN row_number() OVER (PARTITION BY g.status ORDER BY g.waitlist_seq) END, g.checked_in_at,"
                        + " g.checked_out_at, g.late FROM signup g JOIN volunteer v ON v.id = g.volunteer_id WHERE g.shift_id = :shift"
                        + " ORDER BY CASE g.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 WHEN 'NO_SHOW' THEN 2 ELSE 3 END,"
                        + " g.waitlist_seq NULLS LAST, g.created_at, v.id", Object[].class)
                .setParameter("shift", shiftId).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> new Roster.Entry((UUID) r[0], (String) r[1],
                        Signup.Status.valueOf((String) r[2]), r[3] == null ? null : ((Number) r[3]).longValue(),
                        r[4] == null ? null : SqlTimes.offsetDateTime(r[4]), r[5] == null ? null : SqlTimes.offsetDateTime(r[5]),
                        (Boolean) r[6])).toList());
    }

    @SuppressWarnings("unchecked")
    public Uni<List<Roster.LogEntry>> serviceLog(UUID shiftId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT v.id, v.display_name, l.description, l.workers_served,"
                        + " l.created_at FROM service_log l JOIN volunteer v ON v.id = l.volunteer_id WHERE l.shift_id = :shift"
                        + " ORDER BY l.created_at, l.id", Object[].class)
                .setParameter("shift", shiftId).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> new Roster.LogEntry((UUID) r[0], (String) r[1],
                        (String) r[2], ((Number) r[3]).intValue(), SqlTimes.offsetDateTime(r[4]))).toList());
    }
}
