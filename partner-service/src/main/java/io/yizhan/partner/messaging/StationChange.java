package io.yizhan.partner.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The fields of a station event's data this service reads; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StationChange(UUID id, String tenant, String name, String status, String previousStatus,
                            double lat, double lon, long version) {
}
