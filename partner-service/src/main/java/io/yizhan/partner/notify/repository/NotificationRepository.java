package io.yizhan.partner.notify.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.pg.NativeValues;
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

    /** Rows per multi-row statement: 13 parameters a row stays far below PostgreSQL's 65,535. */
    static final int CHUNK = 500;

    /**
     * Stores a poll's messages in a statement per {@value #CHUNK}, skipping those whose event already
     * notified their recipient; returns the ids of the rows that are new.
     */
    public Uni<Set<UUID>> insertAllOnce(List<Notification> all) {
        Uni<Set<UUID>> chain = Uni.createFrom().item(new HashSet<>());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Notification> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            chain = chain.chain(inserted -> insertChunk(chunk).map(ids -> {
                inserted.addAll(ids);
                return inserted;
            }));
        }
        return chain;
    }

    private Uni<List<UUID>> insertChunk(List<Notification> chunk) {
        // a native query's single column comes back as the driver's object: a UUID, or its text (as in Inbox)
        StringBuilder sql = new StringBuilder("INSERT INTO notification (id, event_id, recipient, kind, urgent, tenant,"
                + " station_id, title, body, link, digest, created_at, visible_from) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :event").append(i).append(", :recipient").append(i)
                    .append(", :kind").append(i).append(", :urgent").append(i).append(", :tenant").append(i)
                    .append(", :station").append(i).append(", :title").append(i).append(", :body").append(i)
                    .append(", :link").append(i).append(", :digest").append(i).append(", :created").append(i)
                    .append(", :visible").append(i).append(")");
        }
        sql.append(" ON CONFLICT (event_id, recipient) DO NOTHING RETURNING id");
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), Object.class);
            for (int i = 0; i < chunk.size(); i++) {
                Notification n = chunk.get(i);
                query.setParameter("id" + i, n.id).setParameter("event" + i, n.eventId).setParameter("recipient" + i, n.recipient)
                        .setParameter("kind" + i, n.kind.name()).setParameter("urgent" + i, n.urgent)
                        .setParameter("tenant" + i, n.tenant)
                        .setParameter("station" + i, n.stationId)
                        .setParameter("title" + i, n.title).setParameter("body" + i, n.body).setParameter("link" + i, n.link)
                        .setParameter("digest" + i, n.digest).setParameter("created" + i, n.createdAt)
                        .setParameter("visible" + i, n.visibleFrom);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(NativeValues::uuid).toList());
    }

    /** NOTIFY of each payload on {@code channel}, in a statement per {@value #CHUNK}; delivered at commit, never on rollback. */
    public Uni<Void> announceAll(String channel, List<String> payloads) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < payloads.size(); from += CHUNK) {
            List<String> chunk = payloads.subList(from, Math.min(payloads.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("SELECT count(pg_notify(:channel, v.payload)) FROM (VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(CAST(:p").append(i).append(" AS text))");
            }
            sql.append(") AS v (payload)");
            chain = chain.chain(() -> Panache.getSession().chain(session -> {
                var query = session.createNativeQuery(sql.toString(), Long.class).setParameter("channel", channel);
                for (int i = 0; i < chunk.size(); i++) {
                    query.setParameter("p" + i, chunk.get(i));
                }
                return query.getSingleResult();
            })).replaceWithVoid();
        }
        return chain;
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
