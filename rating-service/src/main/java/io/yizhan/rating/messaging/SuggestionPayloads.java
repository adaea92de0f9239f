package io.yizhan.rating.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** data of the suggestion events; never the author or the suggestion's text beyond its title. */
public final class SuggestionPayloads {

    private SuggestionPayloads() {
    }

    /** {@code yizhan.rating.suggestion-submitted}. */
    public record Submitted(UUID suggestionId, String tenant, UUID stationId, String title, OffsetDateTime submittedAt) {
    }

    /** {@code yizhan.rating.suggestion-answered}: status ACKNOWLEDGED, ADOPTED or DECLINED, with the reply. */
    public record Answered(UUID suggestionId, String tenant, UUID stationId, String status, String reply,
                           OffsetDateTime answeredAt) {
    }
}
