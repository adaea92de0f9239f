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

    /**
     * A poll's messages in one statement of fixed text, a column an array parameter: the text neither
     * grows with the poll nor changes with its size, so PostgreSQL and the driver prepare it once
     * (a VALUES row per message bound 13 parameters each, in statements that differed by row count).
     * Timestamps travel as ISO-8601 text, cast by PostgreSQL: Hibernate turns an OffsetDateTime[] into
     * an Instant[], which the driver refuses for timestamptz[].
     */
    static final String INSERT_ALL = "INSERT INTO notification (id, event_id, recipient, kind, urgent, tenant, station_id,"
            + " title, body, link, digest, created_at, visible_from)"
            + " SELECT * FROM unnest(CAST(:id AS uuid[]), CAST(:event AS uuid[]), CAST(:recipient AS varchar[]),"
            + " CAST(:kind AS varchar[]), CAST(:urgent AS boolean[]), CAST(:tenant AS varchar[]), CAST(:station AS uuid[]),"
            + " CAST(:title AS varchar[]), CAST(:body AS varchar[]), CAST(:link AS varchar[]), CAST(:digest AS boolean[]),"
            + " CAST(CAST(:created AS text[]) AS timestamptz[]), CAST(CAST(:visible AS text[]) AS timestamptz[]))"
            + " ON CONFLICT (event_id, recipient) DO NOTHING RETURNING id";

    /**
     * Stores a poll's messages, skipping those whose event already notified their recipient; returns
     * the ids of the rows that are new.
     */
    public Uni<Set<UUID>> insertAllOnce(List<Notification> all) {
        if (all.isEmpty()) {
            return Uni.createFrom().item(new HashSet<>());
        }
        int size = all.size();
        UUID[] id = new UUID[size];
        UUID[] event = new UUID[size];
        UUID[] station = new UUID[size];
        String[] recipient = new String[size];
        String[] kind = new String[size];
        String[] tenant = new String[size];
        String[] title = new String[size];
        String[] body = new String[size];
        String[] link = new String[size];
        String[] created = new String[size];
        String[] visible = new String[size];
        Boolean[] urgent = new Boolean[size];
        Boolean[] digest = new Boolean[size];
        for (int i = 0; i < size; i++) {
            Notification n = all.get(i);
            id[i] = n.id;
            event[i] = n.eventId;
            station[i] = n.stationId;
            recipient[i] = n.recipient;
            kind[i] = n.kind.name();
            tenant[i] = n.tenant;
            title[i] = n.title;
            body[i] = n.body;
            link[i] = n.link;
            created[i] = n.createdAt.toString();
            visible[i] = n.visibleFrom.toString();
            urgent[i] = n.urgent;
            digest[i] = n.digest;
        }
        // a native query's single column comes back as the driver's object: a UUID, or its text (as in Inbox)
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_ALL, Object.class)
                        .setParameter("id", id).setParameter("event", event).setParameter("recipient", recipient)
                        .setParameter("kind", kind).setParameter("urgent", urgent).setParameter("tenant", tenant)
                        .setParameter("station", station).setParameter("title", title).setParameter("body", body)
                        .setParameter("link", link).setParameter("digest", digest).setParameter("created", created)
                        .setParameter("visible", visible)
                        .getResultList())
                .map(rows -> {
                    Set<UUID> inserted = new HashSet<>();
                    for (Object row : new ArrayList<>(rows)) {
                        inserted.add(NativeValues.uuid(row));
                    }
                    return inserted;
                });
    }

    /** NOTIFY of each payload on {@code channel}, in one statement; delivered at commit, never on rollback. */
    public Uni<Void> announceAll(String channel, List<String> payloads) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "SELECT count(pg_notify(:channel, p)) FROM unnest(CAST(:payloads AS text[])) AS p", Long.class)
                        .setParameter("channel", channel)
                        .setParameter("payloads", payloads.toArray(String[]::new))
                        .getSingleResult())
                .replaceWithVoid();
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
