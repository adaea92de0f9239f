package io.yizhan.common.outbox;

import java.util.UUID;

/**
 * What the relay needs of an unpublished outbox row: its id (to mark it), its subject (the Kafka key)
 * and the envelope as the text to send. Not an entity: the relay reads and sends, it never edits a row
 * through the session.
 */
public record PendingEvent(UUID id, String subject, String envelope) {
}
