package io.yizhan.volunteer.shift.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * Proof of being at the station when checking in or out: the token of the station's wall QR code
 * (scanned), or the phone's location (WGS-84) within the set distance.
 */
public record CheckIn(
        @DecimalMin("3.8") @DecimalMax("53.6") Double lat,
        @DecimalMin("73.5") @DecimalMax("135.1") Double lon,
        @Size(max = 64, message = "二维码令牌过长 / qrToken too long") String qrToken) {
}
