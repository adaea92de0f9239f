package io.yizhan.volunteer.profile.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Volunteers' secret calendar links (table calendar_feed): the secret's SHA-256 only. Call inside a session. */
@ApplicationScoped
public class CalendarFeedRepository {

    /** Sets the volunteer's link to the one with this hash, replacing (and so invalidating) any earlier one. */
    public Uni<Integer> replace(UUID volunteerId, String sha256, OffsetDateTime createdAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO calendar_feed (volunteer_id, token_sha256, created_at) VALUES (:v, :h, :at)"
                                + " ON CONFLICT (volunteer_id) DO UPDATE SET token_sha256 = EXCLUDED.token_sha256,"
                                + " created_at = EXCLUDED.created_at")
                .setParameter("v", volunteerId).setParameter("h", sha256).setParameter("at", createdAt).executeUpdate());
    }

    /** Removes the volunteer's link; the number of links removed (0 or 1). */
    public Uni<Integer> delete(UUID volunteerId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("DELETE FROM calendar_feed WHERE volunteer_id = :v")
                .setParameter("v", volunteerId).executeUpdate());
    }

    /** When the volunteer's current link was made, or null without one. */
    public Uni<OffsetDateTime> createdAt(UUID volunteerId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT created_at FROM calendar_feed WHERE volunteer_id = :v", OffsetDateTime.class)
                .setParameter("v", volunteerId).getResultList()).map(CalendarFeedRepository::first);
    }

    /** The volunteer whose current link has this hash, or null. */
    public Uni<UUID> volunteerBySha256(String sha256) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT volunteer_id FROM calendar_feed WHERE token_sha256 = :h", UUID.class)
                .setParameter("h", sha256).getResultList()).map(CalendarFeedRepository::first);
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
