package io.yizhan.partner.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event as partners receive it, before it is matched against subscriptions. {@code id} is derived
 * from the source event, so a redelivered source event yields the same webhook id. {@code lat}/{@code lon}
 * are WGS-84 and null when the place is unknown.
 */
public record PartnerEvent(UUID id, String type, OffsetDateTime time, String subject, String tenant,
                           Double lat, Double lon, ObjectNode data) {
}
