package io.yizhan.station.evaluation.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code data} of card-issued and card-changed: the card after the step, and the step itself. */
public record CardEventPayload(
        UUID cardId,
        UUID stationId,
        String tenant,
        String colour,
        String rule,
        String status,
        String action,
        OffsetDateTime issuedAt,
        OffsetDateTime deadline,
        OffsetDateTime at) {
}
