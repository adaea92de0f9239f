package io.yizhan.partner.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record PartnerView(UUID id, String clientId, String name, String contactName, String contactEmail,
                          List<String> cities, List<String> scopes, String status, String statusLabel,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
