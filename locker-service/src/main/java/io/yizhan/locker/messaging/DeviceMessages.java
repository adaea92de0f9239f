package io.yizhan.locker.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The device channel's messages (JSON on MQTT, ADR 0012; topics {@code yizhan/lockers/<client id>/...}).
 * Fields are only added, never renamed: devices in the field update slowly.
 */
public final class DeviceMessages {

    private DeviceMessages() {
    }

    /** Platform → device on {@code .../commands}: do this once, before {@code expiresAt}, and answer under {@code id}. */
    public record Command(UUID id, String type, Integer compartmentNumber, UUID reservationId, Map<String, Object> config,
                          OffsetDateTime issuedAt, OffsetDateTime expiresAt) {
    }

    /**
     * Device → platform on {@code .../acks}: {@code outcome} OPENED (the door opened), FAILED (it did not:
     * jammed, empty...), APPLIED (settings taken) or EXPIRED (arrived too late, nothing done).
     */
    public record Ack(UUID id, String outcome, String reason, OffsetDateTime at) {
    }

    /** Device → platform on {@code .../stock}: what each compartment holds, counted by the device. */
    public record StockReport(OffsetDateTime at, List<Line> compartments) {
        public record Line(int number, int quantity) {
        }
    }

    /** Device → platform on {@code .../status}: {@code online} on connecting, and its last will {@code false}. */
    public record Status(boolean online) {
    }
}
