package io.yizhan.partner.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A subscription; {@code secret} is present only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String url, List<String> eventTypes, List<String> cities, List<Double> bbox,
                               String description, String status, String statusLabel, OffsetDateTime failingSince,
                               OffsetDateTime suspendedAt, OffsetDateTime createdAt, String secret) {
}
