package io.yizhan.common.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One admin write as the audit log keeps it: who (token subject, roles, city), what (method, route, path), outcome. */
public record AuditEntry(UUID id, OffsetDateTime at, String subject, List<String> roles, String tenant, String method,
                         String route, String path, int status, String requestId) {
}
