package io.yizhan.partner.notify.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.notify.Notification;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The feed. A caller reads the rows of every recipient key their token resolves to, visible by now,
 * not held for a digest, not of a kind they turned off; read state is theirs alone.
 */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    static final String VISIBLE = " n.recipient IN (:keys) AND NOT n.digest AND n.visible_from <= :now"
            + " AND NOT (n.kind = ANY (string_to_array(CAST(:muted AS varchar), ',')))";
    static final String UNREAD = " AND NOT EXISTS (SELECT 1 FROM notification_read r"
            + " WHERE r.notification_id = n.id AND r.subject = :subject)";

    /** Stores {@code n} unless its event already notified its recipient; returns whether it was new. */
    public Uni<Boolean> insertOnce(Notification n) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO notification (id, event_id, recipient, kind, urgent, tenant, station_id, title, body, link,"
                                + " digest, created_at, visible_from) VALUES (:id, :event, :recipient, :kind, :urgent, :tenant,"
                                + " :station, :title, :body, :link, :digest, :created, :visible)"
                                + " ON CONFLICT (event_id, recipient) DO NOTHING")
                .setParameter("id", n.id).setParameter("event", n.eventId).setParameter("recipient", n.recipient)
                .setParameter("kind", n.kind.name()).setParameter("urgent", n.urgent).setParameter("tenant", n.tenant)
                .setParameter("station", n.stationId).setParameter("title", n.title).setParameter("body", n.body)
                .setParameter("link", n.link).setParameter("digest", n.digest).setParameter("created", n.createdAt)
                .setParameter("visible", n.visibleFrom)
                .executeUpdate()).map(inserted -> inserted > 0);
    }

    /** NOTIFY on {@code channel}: PostgreSQL delivers it when the calling transaction commits, never on rollback. */
    public Uni<Void> announce(String channel, String payload) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT count(*) FROM pg_notify(:channel, :payload)", Long.class)
                .setParameter("channel", channel).setParameter("payload", payload)
                .getSingleResult()).replaceWithVoid();
    }

    public Uni<List<Notification>> feed(Collection<String> keys, String subject, String muted, boolean unreadOnly,
                                        OffsetDateTime now, int page, int size) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT n.* FROM notification n WHERE" + VISIBLE + (unreadOnly ? UNREAD : " AND CAST(:subject AS varchar) IS NOT NULL")
                                + " ORDER BY n.visible_from DESC, n.id LIMIT :size OFFSET :offset", Notification.class)
                .setParameter("keys", keys).setParameter("now", now).setParameter("muted", muted)
                .setParameter("subject", subject)
                .setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList());
    }

    public Uni<Long> count(Collection<String> keys, String subject, String muted, boolean unreadOnly, OffsetDateTime now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT count(*) FROM notification n WHERE" + VISIBLE + (unreadOnly ? UNREAD : " AND CAST(:subject AS varchar) IS NOT NULL"),
                        Long.class)
                .setParameter("keys", keys).setParameter("now", now).setParameter("muted", muted)
                .setParameter("subject", subject)
                .getSingleResult());
    }

    /** Which of {@code ids} {@code subject} has read. */
    public Uni<Set<UUID>> readAmong(String subject, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT notification_id FROM notification_read WHERE subject = :subject AND notification_id IN (:ids)",
                        UUID.class)
                .setParameter("subject", subject).setParameter("ids", ids)
                .getResultList()).map(HashSet::new);
    }

    /** Marks one visible message read; false if the caller cannot see it (so the resource answers 404). */
    public Uni<Boolean> markRead(UUID id, Collection<String> keys, String subject, OffsetDateTime now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO notification_read (notification_id, subject, read_at)"
                                + " SELECT n.id, :subject, :now FROM notification n WHERE n.id = :id AND n.recipient IN (:keys)"
                                + " AND NOT n.digest AND n.visible_from <= :now ON CONFLICT DO NOTHING")
                .setParameter("id", id).setParameter("subject", subject).setParameter("keys", keys).setParameter("now", now)
                .executeUpdate())
                .chain(inserted -> inserted > 0 ? Uni.createFrom().item(true) : visible(id, keys, now));
    }

    private Uni<Boolean> visible(UUID id, Collection<String> keys, OffsetDateTime now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT count(*) FROM notification n WHERE n.id = :id AND n.recipient IN (:keys)"
                                + " AND NOT n.digest AND n.visible_from <= :now", Long.class)
                .setParameter("id", id).setParameter("keys", keys).setParameter("now", now)
                .getSingleResult()).map(count -> count > 0);
    }

    /** Marks everything the caller sees now read; returns how many became read. */
    public Uni<Integer> markAllRead(Collection<String> keys, String subject, String muted, OffsetDateTime now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO notification_read (notification_id, subject, read_at)"
                                + " SELECT n.id, :subject, :now FROM notification n WHERE" + VISIBLE + UNREAD
                                + " ON CONFLICT DO NOTHING")
                .setParameter("keys", keys).setParameter("subject", subject).setParameter("muted", muted)
                .setParameter("now", now)
                .executeUpdate());
    }

    /** Recipients with messages held for their digest in [from, to). */
    public Uni<List<String>> digestRecipients(OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT DISTINCT recipient FROM notification WHERE digest AND created_at >= :from AND created_at < :to",
                        String.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()).map(ArrayList::new);
    }

    public Uni<List<Notification>> digestOf(String recipient, OffsetDateTime from, OffsetDateTime to) {
        return find("recipient = ?1 and digest = true and createdAt >= ?2 and createdAt < ?3 order by createdAt",
                recipient, from, to).list();
    }
}
