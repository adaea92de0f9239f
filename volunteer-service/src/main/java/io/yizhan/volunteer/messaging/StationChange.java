package io.yizhan.volunteer.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The fields of a station event's data that this service keeps; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StationChange(UUID id, String tenant, String name, String status, double lat, double lon, long version,
                            java.util.List<String> managers) {
}
