package io.yizhan.station.doors.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.yizhan.station.doors.DoorPass;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One pass through a 24-hour station's door, as the device reports it. {@code entryId} is the
 * device's own id for the pass, so a retried post is counted once. The worker appears at most as a
 * pseudonym the device derives; faces and names never leave the device.
 */
public record DoorEntry(
        @NotNull(message = "请填写 entryId / entryId is required (a UUID the device makes per pass)")
        UUID entryId,
        @NotNull(message = "请填写时间 / at is required") OffsetDateTime at,
        @NotNull(message = "请填写方向 / direction is required (IN or OUT)") DoorPass.Direction direction,
        boolean granted,
        @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$", message = "化名为 1–64 位字母数字 / pseudonym is 1–64 letters, digits, _ or -")
        String pseudonym) {

    public DoorPass toPass() {
        return new DoorPass(entryId, at, direction, granted, pseudonym);
    }
}
