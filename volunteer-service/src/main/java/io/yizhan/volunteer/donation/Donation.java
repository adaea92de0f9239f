package io.yizhan.volunteer.donation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Items donated to a station's donation corner, and how many of them workers took. */
public record Donation(UUID id, UUID stationId, String item, String donor, int quantity, int taken, OffsetDateTime createdAt) {

    public int remaining() {
        return quantity - taken;
    }
}
