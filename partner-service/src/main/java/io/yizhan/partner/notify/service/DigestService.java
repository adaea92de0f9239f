package io.yizhan.partner.notify.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.time.StationTime;
import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.mapping.Draft;
import jakarta.enterprise.context.ApplicationScoped;
import io.yizhan.partner.notify.repository.NotificationRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The admins' daily digest: one message a day per recipient listing what was held for it the day
 * before (station time), instead of a message per event. Its id comes from the recipient and the day,
 * so a second run, or a second instance, adds nothing.
 */
@ApplicationScoped
public class DigestService {

    static final int LINES = 20;

    private final NotificationRepository notifications;
    private final NotificationService service;
    private final Clock clock;

    public DigestService(NotificationRepository notifications, NotificationService service, Clock clock) {
        this.notifications = notifications;
        this.service = service;
        this.clock = clock;
    }

    /** The digests of the day before today (station time); returns how many were new. */
    @WithTransaction
    public Uni<Integer> digestYesterday() {
        LocalDate today = LocalDate.now(clock.withZone(StationTime.ZONE));
        LocalDate day = today.minusDays(1);
        OffsetDateTime from = day.atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        OffsetDateTime to = today.atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        return notifications.digestRecipients(from, to).chain(recipients -> {
            Uni<Integer> count = Uni.createFrom().item(0);
            for (String recipient : recipients) {
                count = count.chain(sum -> notifications.digestOf(recipient, from, to)
                        .chain(held -> service.storeAll(digestId(recipient, day), List.of(digest(recipient, day, held))))
                        .map(stored -> sum + stored.size()));
            }
            return count;
        });
    }

    static UUID digestId(String recipient, LocalDate day) {
        return UUID.nameUUIDFromBytes(("digest:" + recipient + ":" + day).getBytes(StandardCharsets.UTF_8));
    }

    static Draft digest(String recipient, LocalDate day, List<Notification> held) {
        Map<NotificationKind, Integer> perKind = new TreeMap<>();
        held.forEach(n -> perKind.merge(n.kind, 1, Integer::sum));
        StringBuilder body = new StringBuilder();
        perKind.forEach((kind, n) -> body.append(kind.label()).append("：").append(n).append("\n"));
        held.stream().limit(LINES).forEach(n -> body.append("· ").append(n.body).append("\n"));
        if (held.size() > LINES) {
            body.append("……另有 ").append(held.size() - LINES).append(" 条 / and ").append(held.size() - LINES).append(" more\n");
        }
        String tenant = held.isEmpty() ? null : held.get(0).tenant;
        return new Draft(recipient, NotificationKind.DAILY_DIGEST, false, tenant, null,
                "每日摘要 " + day.format(DateTimeFormatter.ofPattern("M月d日")) + " / Daily digest",
                body.toString().strip(), "/console/notifications", false);
    }
}
