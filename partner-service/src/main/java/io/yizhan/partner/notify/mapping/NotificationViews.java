package io.yizhan.partner.notify.mapping;

import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.rest.NotificationView;

public final class NotificationViews {

    private NotificationViews() {
    }

    public static NotificationView view(Notification n, boolean read) {
        return new NotificationView(n.id, n.kind.name(), n.kind.label(), n.urgent, n.title, n.body, n.link, n.stationId,
                n.visibleFrom, read);
    }
}
