package io.yizhan.partner.notify.mapping;

import io.yizhan.partner.notify.NotificationKind;

import java.util.UUID;

/** A notification decided from an event, before quiet hours and storage. */
public record Draft(String recipient, NotificationKind kind, boolean urgent, String tenant, UUID stationId,
                    String title, String body, String link, boolean digest) {
}
