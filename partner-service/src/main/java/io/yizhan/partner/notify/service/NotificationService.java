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
import io.yizhan.partner.notify.FeedItem;
import io.yizhan.partner.notify.LiveEvent;
import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.NotificationPreference;
import io.yizhan.partner.notify.Preferences;
import io.yizhan.partner.notify.Recipients;
import io.yizhan.partner.notify.SmsMessage;
import io.yizhan.partner.notify.config.NotifyConfig;
import io.yizhan.partner.notify.mapping.Draft;
import io.yizhan.partner.notify.mapping.LiveMessages;
import io.yizhan.partner.notify.mapping.NotificationRules;
import io.yizhan.partner.notify.repository.NotificationRepository;
import io.yizhan.partner.notify.repository.PreferenceRepository;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
     * Stores the notifications a poll's events cause, with their text messages, in one transaction with
     * the events' inbox rows, and announces each to the live streams of every instance at commit. An
     * event seen before (a replay, or twice in the poll) causes nothing. A few statements a poll, not a
     * few an event: the intake keeps up with 1,000 events a second (bench/README.md, notifications).
     * Returns what was stored.
     */
    @WithTransaction
    public Uni<List<Notification>> intake(List<CloudEvent> events) {
        List<CloudEvent> handled = events.stream().filter(event -> NotificationRules.handles(event.type())).toList();
        if (handled.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return inbox.firstDeliveries(handled, CONSUMER).chain(fresh -> {
            Map<UUID, CloudEvent> firsts = new LinkedHashMap<>();
            handled.stream().filter(event -> fresh.contains(event.id())).forEach(event -> firsts.putIfAbsent(event.id(), event));
            if (firsts.isEmpty()) {
                return Uni.createFrom().item(List.<Notification>of());
            }
            Set<UUID> stationIds = new HashSet<>();
            firsts.values().forEach(event -> NotificationRules.stationOf(event).ifPresent(stationIds::add));
            return stationsById(stationIds).chain(byId -> {
                OffsetDateTime now = now();
                List<Notification> drafted = new ArrayList<>();
                for (CloudEvent event : firsts.values()) {
                    StationReplica station = NotificationRules.stationOf(event).map(byId::get).orElse(null);
                    NotificationRules.plan(event, station).forEach(draft -> drafted.add(toNotification(event.id(), draft, now)));
                }
                return store(drafted);
            });
        });
    }

    /**
     * Stores one event's drafts (a digest, under its name-based event id) in the caller's transaction;
     * a draft the event already stored for its recipient is skipped.
     */
    Uni<List<Notification>> storeAll(UUID eventId, List<Draft> drafts) {
        OffsetDateTime now = now();
        return store(drafts.stream().map(draft -> toNotification(eventId, draft, now)).toList());
    }

    /** Inserts what is new, announces it to the live streams and queues its texts; returns what was new. */
    private Uni<List<Notification>> store(List<Notification> drafted) {
        return notifications.insertAllOnce(drafted)
                .map(inserted -> drafted.stream().filter(n -> inserted.contains(n.id)).toList())
                .call(this::announce)
                .call(this::textWhereWanted);
    }

    private Uni<Map<UUID, StationReplica>> stationsById(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return stations.byIds(ids)
                .map(found -> found.stream().collect(Collectors.toMap(station -> station.id, station -> station)));
    }

    /** Tells every instance's live streams, at commit (ADR 0014); held or digest messages wait for the feed. */
    private Uni<Void> announce(List<Notification> stored) {
        List<String> payloads = stored.stream().filter(LiveMessages::showsAtOnce)
                .flatMap(n -> LiveMessages.payload(n, json).stream()).toList();
        return payloads.isEmpty() ? Uni.createFrom().voidItem() : notifications.announceAll(NotificationStream.CHANNEL, payloads);
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

    /**
     * A text message to each person behind a message's recipient who asked for its kind by SMS and gave
     * a phone; quiet hours hold the text as they hold the message.
     */
    private Uni<Void> textWhereWanted(List<Notification> stored) {
        List<Notification> textable = stored.stream().filter(n -> !n.digest && n.kind.smsOffered()).toList();
        if (textable.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return preferences.withPhones(textable.stream().map(n -> n.recipient).toList()).chain(people -> {
            List<SmsMessage> texts = new ArrayList<>();
            for (Notification n : textable) {
                for (NotificationPreference person : people.getOrDefault(n.recipient, List.of())) {
                    if (PreferenceRepository.texts(person, n.kind)) {
                        texts.add(text(n, person));
                    }
                }
            }
            return texts.isEmpty() ? Uni.createFrom().voidItem() : SmsMessage.persist(texts);
        });
    }

    private static SmsMessage text(Notification n, NotificationPreference person) {
        SmsMessage sms = new SmsMessage();
        sms.id = UUID.randomUUID();
        sms.notificationId = n.id;
        sms.subject = person.subject;
        sms.phone = person.phone;
        sms.kind = n.kind;
        sms.text = "【工会驿站】" + n.title + "：" + n.body;
        sms.status = SmsMessage.PENDING;
        sms.sendAfter = n.visibleFrom;
        return sms;
    }

    // ---- the person's side -------------------------------------------------------------------

    @WithSession
    public Uni<Page<FeedItem>> feed(Caller caller, boolean unreadOnly, PageRequest page) {
        Set<String> keys = Recipients.of(caller);
        OffsetDateTime now = now();
        return muted(caller).chain(muted -> notifications.feed(keys, caller.subject(), muted, unreadOnly, now, page.page, page.size)
                .chain(rows -> notifications.readAmong(caller.subject(), rows.stream().map(n -> n.id).toList())
                        .chain(read -> notifications.count(keys, caller.subject(), muted, unreadOnly, now)
                                .map(total -> new Page<>(rows.stream().map(n -> new FeedItem(n, read.contains(n.id))).toList(),
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
    public Multi<LiveEvent> live(Caller caller, Duration max, Duration ping) {
        Set<String> keys = Recipients.of(caller);
        return unread(caller).chain(unread -> mutedKinds(caller).map(muted -> Map.entry(unread, muted)))
                .onItem().transformToMulti(start -> Multi.createBy().concatenating().streams(
                        Multi.createFrom().<LiveEvent>item(new LiveEvent.Hello(start.getKey())),
                        Multi.createBy().merging().streams(
                                stream.of(keys, start.getValue()).map(LiveEvent.Arrived::new),
                                Multi.createFrom().ticks().every(ping).map(tick -> new LiveEvent.Ping()))))
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
    public Uni<Preferences> preferences(Caller caller) {
        return preferences.findById(caller.subject()).map(NotificationService::preferencesOf);
    }

    /** Replaces the caller's choices; a kind not listed is back to its default. */
    @WithTransaction
    public Uni<Preferences> savePreferences(Caller caller, String phone, List<Preferences.Choice> choices) {
        Set<String> inAppOff = new LinkedHashSet<>();
        Set<String> smsOn = new LinkedHashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Preferences.Choice choice = choices.get(i);
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
        if (!smsOn.isEmpty() && phone == null) {
            throw ProblemException.badRequest("phone", "开启短信需填写手机号 / a phone is required for SMS");
        }
        return preferences.findById(caller.subject()).chain(existing -> {
            NotificationPreference p = existing != null ? existing : new NotificationPreference();
            p.subject = caller.subject();
            p.username = caller.username();
            p.roles = String.join(",", caller.roles());
            p.tenant = caller.tenant();
            p.phone = phone;
            p.inAppOff = String.join(",", inAppOff);
            p.smsOn = String.join(",", smsOn);
            p.updatedAt = now();
            return preferences.persist(p);
        }).map(NotificationService::preferencesOf);
    }

    private static Preferences preferencesOf(NotificationPreference p) {
        return p == null ? Preferences.DEFAULTS : new Preferences(p.phone, split(p.inAppOff), split(p.smsOn));
    }

    static Set<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Set.of(csv.split(","));
    }
}
