package io.yizhan.rating.messaging;

import java.util.UUID;

/** {@code yizhan.rating.qr-rotated}: the station's wall QR code now carries {@code version}; older ones are void. */
public record QrRotatedPayload(UUID stationId, String tenant, int version) {
}
