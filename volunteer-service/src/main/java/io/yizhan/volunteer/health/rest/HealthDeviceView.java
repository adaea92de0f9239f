package io.yizhan.volunteer.health.rest;

import io.yizhan.volunteer.health.CountedDevice;
import io.yizhan.volunteer.health.HealthDevice;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered device and how many sessions it recorded in the last 30 days (a count, never a measured value). */
public record HealthDeviceView(String clientId, String tenant, UUID stationId, String stationName, OffsetDateTime registeredAt,
                               long sessionsLast30Days) {

    static HealthDeviceView of(CountedDevice counted) {
        HealthDevice d = counted.device();
        return new HealthDeviceView(d.clientId, d.tenant, d.stationId, counted.stationName(), d.registeredAt, counted.sessionsLast30Days());
    }
}
