package io.yizhan.volunteer.shift.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The fields of rating-service's {@code qr-rotated} event this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QrRotation(UUID stationId, int version) {
}
