package io.yizhan.partner.notify.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.inbox.Inbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.time.StationTime;
import io.yizhan.partner.StationReplica;
import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.NotificationPreference;
import io.yizhan.partner.notify.Recipients;
import io.yizhan.partner.notify.SmsMessage;
import io.yizhan.partner.notify.config.NotifyConfig;
import io.yizhan.partner.notify.mapping.Draft;
import io.yizhan.partner.notify.mapping.LiveMessages;
import io.yizhan.partner.notify.mapping.NotificationRules;
import io.yizhan.partner.notify.mapping.NotificationViews;
import io.yizhan.partner.notify.repository.NotificationRepository;
import io.yizhan.partner.notify.repository.PreferenceRepository;
import io.yizhan.partner.notify.rest.NotificationView;
import io.yizhan.partner.notify.rest.PreferencesRequest;
import io.yizhan.partner.notify.rest.PreferencesView;
import io.yizhan.partner.notify.rest.StreamEvent;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** Turns events into feeds (once per event: the inbox), and serves a person their feed and choices. */
@ApplicationScoped
public class NotificationService {

    static final String CONSUMER = "partner-service.notifications";

    private final Inbox inbox;
    private final StationReplicaRepository stations;
    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final Clock clock;
    private final QuietHours quietHours;
    private final NotificationStream stream;
    private final ObjectMapper json;

    public NotificationService(Inbox inbox, StationReplicaRepository stations, NotificationRepository notifications,
                               PreferenceRepository preferences, Clock clock, NotifyConfig config,
                               NotificationStream stream, ObjectMapper json) {
        this.stream = stream;
        this.json = json;
        this.inbox = inbox;
        this.stations = stations;
        this.notifications = notifications;
        this.preferences = preferences;
        this.clock = clock;
        this.quietHours = new QuietHours(config.quietStart(), config.quietEnd());
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(StationTime.ZONE).toOffsetDateTime();
    }

    /**
     * Stores the notifications an event causes, with their text messages, in one transaction with the
     * event's inbox row, and announces each to the live streams of every instance at commit. Returns what
     * was stored (nothing for a replay).
     */
    @WithTransaction
    public Uni<List<Notification>> intake(CloudEvent event) {
        if (!NotificationRules.handles(event.type())) {
            return Uni.createFrom().item(List.of());
        }
        AtomicReference<List<Notification>> stored = new AtomicReference<>(List.of());
        return inbox.once(event, CONSUMER, () -> stationFor(event)
                        .chain(station -> storeAll(event.id(), NotificationRules.plan(event, station)))
                        .invoke(stored::set))
                .map(ran -> stored.get());
    }

    private Uni<StationReplica> stationFor(CloudEvent event) {
        return NotificationRules.stationOf(event).map(stations::findById).orElse(Uni.createFrom().nullItem());
    }

    /** Stores drafts one after the other; a draft its event already stored for the recipient is skipped. */
    Uni<List<Notification>> storeAll(UUID eventId, List<Draft> drafts) {
        OffsetDateTime now = now();
        List<Notification> stored = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Draft draft : drafts) {
            Notification n = toNotification(eventId, draft, now);
            chain = chain.chain(() -> notifications.insertOnce(n))
                    .chain(inserted -> {
                        if (!inserted) {
                            return Uni.createFrom().voidItem();
                        }
                        stored.add(n);
                        return announce(n).chain(() -> textIfWanted(n));
                    });
        }
        return chain.map(done -> stored);
    }

    /** Tells every instance's live streams, at commit (ADR 0014); held or digest messages wait for the feed. */
    private Uni<Void> announce(Notification n) {
        if (!LiveMessages.showsAtOnce(n)) {
            return Uni.createFrom().voidItem();
        }
        return LiveMessages.payload(n, json).map(payload -> notifications.announce(NotificationStream.CHANNEL, payload))
                .orElse(Uni.createFrom().voidItem());
    }

    private Notification toNotification(UUID eventId, Draft draft, OffsetDateTime now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventId = eventId;
        n.recipient = draft.recipient();
        n.kind = draft.kind();
        n.urgent = draft.urgent();
        n.tenant = draft.tenant();
        n.stationId = draft.stationId();
        n.title = draft.title();
        n.body = draft.body();
        n.link = draft.link();
        n.digest = draft.digest();
        n.createdAt = now;
        n.visibleFrom = quietHours.releaseAt(now.toInstant(), draft.urgent());
        return n;
    }

    /** A text message to each person behind the recipient who asked for this kind by SMS; quiet hours hold it too. */
    private Uni<Void> textIfWanted(Notification n) {
        if (n.digest || !n.kind.smsOffered()) {
            return Uni.createFrom().voidItem();
        }
        return preferences.textingFor(n.recipient, n.kind).chain(people -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (NotificationPreference person : people) {
                SmsMessage sms = new SmsMessage();
                sms.id = UUID.randomUUID();
                sms.notificationId = n.id;
                sms.subject = person.subject;
                sms.phone = person.phone;
                sms.kind = n.kind;
                sms.text = "【工会驿站】" + n.title + "：" + n.body;
                sms.status = SmsMessage.PENDING;
                sms.sendAfter = n.visibleFrom;
                chain = chain.chain(() -> sms.persist().replaceWithVoid());
            }
            return chain;
        });
    }

    // ---- the person's side -------------------------------------------------------------------

    @WithSession
    public Uni<Page<NotificationView>> feed(Caller caller, boolean unreadOnly, PageRequest page) {
        Set<String> keys = Recipients.of(caller);
        OffsetDateTime now = now();
        return muted(caller).chain(muted -> notifications.feed(keys, caller.subject(), muted, unreadOnly, now, page.page, page.size)
                .chain(rows -> notifications.readAmong(caller.subject(), rows.stream().map(n -> n.id).toList())
                        .chain(read -> notifications.count(keys, caller.subject(), muted, unreadOnly, now)
                                .map(total -> new Page<>(rows.stream().map(n -> NotificationViews.view(n, read.contains(n.id))).toList(),
                                        page.page, page.size, total)))));
    }

    @WithSession
    public Uni<Long> unread(Caller caller) {
        return muted(caller).chain(muted -> notifications.count(Recipients.of(caller), caller.subject(), muted, true, now()));
    }

    @WithTransaction
    public Uni<Void> markRead(Caller caller, UUID id) {
        return notifications.markRead(id, Recipients.of(caller), caller.subject(), now())
                .invoke(found -> {
                    if (!found) {
                        throw ProblemException.notFound("notification", id);
                    }
                }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Integer> markAllRead(Caller caller) {
        return muted(caller).chain(muted -> notifications.markAllRead(Recipients.of(caller), caller.subject(), muted, now()));
    }

    /**
     * The live stream: the unread count first, then each new message, with a ping now and then so
     * that no proxy closes it for idleness; it ends after {@code max}, and the page reconnects.
     */
    public Multi<StreamEvent> live(Caller caller, Duration max, Duration ping) {
        Set<String> keys = Recipients.of(caller);
        return unread(caller).chain(unread -> mutedKinds(caller).map(muted -> Map.entry(unread, muted)))
                .onItem().transformToMulti(start -> Multi.createBy().concatenating().streams(
                        Multi.createFrom().item(StreamEvent.hello(start.getKey())),
                        Multi.createBy().merging().streams(
                                stream.of(keys, start.getValue()).map(n -> StreamEvent.of(NotificationViews.view(n, false))),
                                Multi.createFrom().ticks().every(ping).map(tick -> StreamEvent.ping()))))
                .select().first(max);
    }

    @WithSession
    public Uni<Set<String>> mutedKinds(Caller caller) {
        return preferences.findById(caller.subject()).map(p -> p == null ? Set.<String>of() : split(p.inAppOff));
    }

    private Uni<String> muted(Caller caller) {
        return preferences.findById(caller.subject()).map(p -> p == null ? "" : p.inAppOff);
    }

    @WithSession
    public Uni<PreferencesView> preferences(Caller caller) {
        return preferences.findById(caller.subject()).map(NotificationService::view);
    }

    @WithTransaction
    public Uni<PreferencesView> savePreferences(Caller caller, PreferencesRequest request) {
        Set<String> inAppOff = new LinkedHashSet<>();
        Set<String> smsOn = new LinkedHashSet<>();
        for (int i = 0; i < request.kinds().size(); i++) {
            PreferencesRequest.KindChoice choice = request.kinds().get(i);
            NotificationKind kind = NotificationKind.of(choice.kind());
            if (kind == null) {
                throw ProblemException.badRequest("kinds[" + i + "].kind",
                        "未知的通知类别 / unknown kind, one of " + Arrays.toString(NotificationKind.values()));
            }
            if (choice.sms() && !kind.smsOffered()) {
                throw ProblemException.badRequest("kinds[" + i + "].sms", "此类通知不发短信 / this kind is not offered by SMS");
            }
            if (!choice.inApp()) {
                inAppOff.add(kind.name());
            }
            if (choice.sms()) {
                smsOn.add(kind.name());
            }
        }
        if (!smsOn.isEmpty() && request.phone() == null) {
            throw ProblemException.badRequest("phone", "开启短信需填写手机号 / a phone is required for SMS");
        }
        return preferences.findById(caller.subject()).chain(existing -> {
            NotificationPreference p = existing != null ? existing : new NotificationPreference();
            p.subject = caller.subject();
            p.username = caller.username();
            p.roles = String.join(",", caller.roles());
            p.tenant = caller.tenant();
            p.phone = request.phone();
            p.inAppOff = String.join(",", inAppOff);
            p.smsOn = String.join(",", smsOn);
            p.updatedAt = now();
            return preferences.persist(p);
        }).map(NotificationService::view);
    }

    static PreferencesView view(NotificationPreference p) {
        Set<String> off = p == null ? Set.of() : split(p.inAppOff);
        Set<String> sms = p == null ? Set.of() : split(p.smsOn);
        List<PreferencesView.KindPreference> kinds = Arrays.stream(NotificationKind.values())
                .map(k -> new PreferencesView.KindPreference(k.name(), k.label(), !off.contains(k.name()),
                        sms.contains(k.name()), k.smsOffered()))
                .toList();
        return new PreferencesView(p == null ? null : p.phone, kinds);
    }

    static Set<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Set.of(csv.split(","));
    }
}
