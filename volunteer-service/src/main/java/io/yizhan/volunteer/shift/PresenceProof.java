package io.yizhan.volunteer.shift;

/** Proof of being at the station: the wall QR code's token, or the phone's location (WGS-84). */
public record PresenceProof(Double lat, Double lon, String qrToken) {
}
