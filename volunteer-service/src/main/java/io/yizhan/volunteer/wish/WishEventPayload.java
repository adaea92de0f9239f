package io.yizhan.volunteer.wish;

import java.util.UUID;

/** {@code data} of wish events: what the board shows, never the author. */
public record WishEventPayload(UUID wishId, UUID stationId, String tenant, String category, int valueCapFen, String status) {
}
