package io.yizhan.common.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.tenant.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code audit_log} table of the service's own database. Plain SQL on the reactive pool rather
 * than an entity: the row is written from a response filter, outside the request's Hibernate session.
 */
@ApplicationScoped
public class AuditLog {

    private final Pool pool;

    private final Clock clock;

    public AuditLog(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Void> append(AuditEntry entry) {
        return pool.preparedQuery("INSERT INTO audit_log (id, at, subject, roles, tenant, method, route, path, status, request_id)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                .execute(Tuple.tuple(Arrays.asList(entry.id(), entry.at(), entry.subject(), entry.roles().toArray(String[]::new),
                        entry.tenant(), entry.method(), entry.route(), entry.path(), entry.status(), entry.requestId())))
                .replaceWithVoid();
    }

    /** Newest first, confined to the caller's city (all cities for the province). */
    public Uni<Page<AuditEntry>> list(Caller caller, PageRequest page) {
        String tenant = caller.tenantScope().orElse(null);
        Uni<Long> total = pool.preparedQuery("SELECT count(*) FROM audit_log WHERE $1::varchar IS NULL OR tenant = $1")
                .execute(Tuple.of(tenant)).map(rows -> rows.iterator().next().getLong(0));
        Uni<List<AuditEntry>> items = pool.preparedQuery("SELECT * FROM audit_log WHERE $1::varchar IS NULL OR tenant = $1"
                        + " ORDER BY at DESC, id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(tenant, page.size, (long) page.page * page.size))
                .map(rows -> {
                    List<AuditEntry> entries = new java.util.ArrayList<>();
                    rows.forEach(row -> entries.add(entry(row)));
                    return entries;
                });
        return Uni.combine().all().unis(items, total).asTuple()
                .map(both -> new Page<>(both.getItem1(), page.page, page.size, both.getItem2()));
    }

    private static AuditEntry entry(Row row) {
        return new AuditEntry(row.getUUID("id"), row.getOffsetDateTime("at"), row.getString("subject"),
                List.of(Optional.ofNullable(row.getArrayOfStrings("roles")).orElse(new String[0])), row.getString("tenant"),
                row.getString("method"), row.getString("route"), row.getString("path"), row.getInteger("status"),
                row.getString("request_id"));
    }

    AuditEntry entry(String subject, List<String> roles, String tenant, String method, String route, String path, int status,
                            String requestId) {
        return new AuditEntry(UUID.randomUUID(), OffsetDateTime.now(clock), subject, roles, tenant, method, route, path, status, requestId);
    }
}
