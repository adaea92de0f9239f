package io.yizhan.rating.rest;

import io.yizhan.common.tenant.Tenants;
import io.yizhan.rating.Suggestion;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A suggestion as its author and their city's admins see it, with every reply so far. */
public record SuggestionView(UUID id, String tenant, String tenantName, UUID stationId, String title, String body,
                             String status, String statusLabel, OffsetDateTime createdAt, List<Reply> replies) {

    public record Reply(String status, String statusLabel, String reply, OffsetDateTime at) {
    }

    public static SuggestionView of(Suggestion s) {
        List<Reply> replies = new ArrayList<>();
        if (s.acknowledgedAt != null) {
            replies.add(new Reply(Suggestion.Status.ACKNOWLEDGED.name(), Suggestion.Status.ACKNOWLEDGED.label,
                    s.acknowledgement, s.acknowledgedAt));
        }
        if (s.decidedAt != null) {
            replies.add(new Reply(s.status.name(), s.status.label, s.decisionReply, s.decidedAt));
        }
        return new SuggestionView(s.id, s.tenant, Tenants.CITIES.get(s.tenant), s.stationId, s.title, s.body,
                s.status.name(), s.status.label, s.createdAt, replies);
    }

    /** What anyone may read of an adopted idea: no author, no internal steps. */
    public record Adopted(UUID id, String tenant, UUID stationId, String title, String body, String reply,
                          OffsetDateTime adoptedAt) {
        public static Adopted of(Suggestion s) {
            return new Adopted(s.id, s.tenant, s.stationId, s.title, s.body, s.decisionReply, s.decidedAt);
        }
    }
}
