package io.yizhan.partner.notify.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message of a person's feed. No city and no person: the text names the station only. */
public record NotificationView(UUID id, String kind, String kindLabel, boolean urgent, String title, String body,
                               String link, UUID stationId, OffsetDateTime at, boolean read) {
}
