package io.yizhan.partner.notify.mapping;

import io.yizhan.partner.notify.FeedItem;
import io.yizhan.partner.notify.LiveEvent;
import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.Preferences;
import io.yizhan.partner.notify.rest.NotificationView;
import io.yizhan.partner.notify.rest.PreferencesRequest;
import io.yizhan.partner.notify.rest.PreferencesView;
import io.yizhan.partner.notify.rest.StreamEvent;
import java.util.Arrays;
import java.util.List;

/** The notification capability's own types to and from what its REST resource speaks. */
public final class NotificationViews {

    private NotificationViews() {
    }

    public static NotificationView view(Notification n, boolean read) {
        return new NotificationView(n.id, n.kind.name(), n.kind.label(), n.urgent, n.title, n.body, n.link, n.stationId,
                n.visibleFrom, read);
    }

    public static NotificationView view(FeedItem item) {
        return view(item.notification(), item.read());
    }

    public static StreamEvent event(LiveEvent event) {
        if (event instanceof LiveEvent.Hello hello) {
            return StreamEvent.hello(hello.unread());
        }
        if (event instanceof LiveEvent.Arrived arrived) {
            return StreamEvent.of(view(arrived.notification(), false));
        }
        return StreamEvent.ping();
    }

    /** Every kind with its channels, the ones not chosen at their defaults. */
    public static PreferencesView view(Preferences p) {
        List<PreferencesView.KindPreference> kinds = Arrays.stream(NotificationKind.values())
                .map(k -> new PreferencesView.KindPreference(k.name(), k.label(), !p.inAppOff().contains(k.name()),
                        p.smsOn().contains(k.name()), k.smsOffered()))
                .toList();
        return new PreferencesView(p.phone(), kinds);
    }

    public static List<Preferences.Choice> choices(PreferencesRequest request) {
        return request.kinds().stream().map(c -> new Preferences.Choice(c.kind(), c.inApp(), c.sms())).toList();
    }
}
