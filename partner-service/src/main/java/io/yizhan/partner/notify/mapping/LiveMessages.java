package io.yizhan.partner.notify.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.NotificationKind;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored message as the NOTIFY payload that carries it to every instance's live streams. The
 * payload holds the whole message, so a listener needs no database read; PostgreSQL refuses payloads
 * of 8,000 bytes or more, and a message that long (none of our texts comes close) is left to polling.
 */
public final class LiveMessages {

    /** Bytes, below PostgreSQL's 8,000 with room to spare. */
    static final int MAX_PAYLOAD = 7_800;

    private LiveMessages() {
    }

    record Live(UUID id, UUID eventId, String recipient, NotificationKind kind, boolean urgent, String tenant,
                UUID stationId, String title, String body, String link, boolean digest, OffsetDateTime createdAt,
                OffsetDateTime visibleFrom) {
    }

    /** Whether {@code n} goes to live streams at all: held for quiet hours or a digest, it shows later in the feed. */
    public static boolean showsAtOnce(Notification n) {
        return !n.digest && !n.visibleFrom.isAfter(n.createdAt);
    }

    public static Optional<String> payload(Notification n, ObjectMapper json) {
        try {
            String text = json.writeValueAsString(new Live(n.id, n.eventId, n.recipient, n.kind, n.urgent, n.tenant,
                    n.stationId, n.title, n.body, n.link, n.digest, n.createdAt, n.visibleFrom));
            return text.getBytes(StandardCharsets.UTF_8).length < MAX_PAYLOAD ? Optional.of(text) : Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification could not be written as JSON", e);
        }
    }

    /** The message a payload carries; empty for a payload that is not one (a listener never fails on input). */
    public static Optional<Notification> parse(String payload, ObjectMapper json) {
        try {
            Live live = json.readValue(payload, Live.class);
            Notification n = new Notification();
            n.id = live.id();
            n.eventId = live.eventId();
            n.recipient = live.recipient();
            n.kind = live.kind();
            n.urgent = live.urgent();
            n.tenant = live.tenant();
            n.stationId = live.stationId();
            n.title = live.title();
            n.body = live.body();
            n.link = live.link();
            n.digest = live.digest();
            n.createdAt = live.createdAt();
            n.visibleFrom = live.visibleFrom();
            return n.id == null || n.recipient == null || n.kind == null || n.createdAt == null || n.visibleFrom == null
                    ? Optional.empty() : Optional.of(n);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
