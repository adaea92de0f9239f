package io.yizhan.common.audit;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The read side of the audit log, the same in every service; each service exposes it under one of its
 * own prefixes (a subclass with {@code @Path("/api/v1/<prefix>/audit")}) so that the portal and an
 * ingress route it like the service's other endpoints. The province sees every city, a city admin
 * their own.
 */
public abstract class AuditLogResource {

    private final AuditLog log;
    private final CallerContext callers;

    protected AuditLogResource(AuditLog log, CallerContext callers) {
        this.log = log;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "审计日志 / The audit log of this service (the province: every city; a city admin: their own)")
    // declared by hand: the document generator does not carry @RolesAllowed over from an inherited method
    @SecurityRequirement(name = "SecurityScheme")
    public Uni<Page<AuditEntry>> list(@Valid @BeanParam PageRequest page) {
        return log.list(callers.current(), page);
    }
}
