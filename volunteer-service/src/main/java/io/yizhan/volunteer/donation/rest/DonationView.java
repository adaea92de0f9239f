package io.yizhan.volunteer.donation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

public record DonationView(UUID id, UUID stationId, String item, String donor, int quantity, int taken, int remaining,
                           OffsetDateTime createdAt) {
}
