package io.yizhan.volunteer.donation.rest;

import io.yizhan.volunteer.donation.Donation;

import java.time.OffsetDateTime;
import java.util.UUID;

public record DonationView(UUID id, UUID stationId, String item, String donor, int quantity, int taken, int remaining,
                           OffsetDateTime createdAt) {

    public static DonationView of(Donation d) {
        return new DonationView(d.id(), d.stationId(), d.item(), d.donor(), d.quantity(), d.taken(), d.remaining(), d.createdAt());
    }
}
