package io.yizhan.station.registry.rest;

import io.yizhan.common.audit.AuditLog;
import io.yizhan.common.audit.AuditLogResource;
import io.yizhan.common.tenant.CallerContext;
import jakarta.ws.rs.Path;

/** This service's audit log of admin writes, under its own prefix (see AuditLogResource). */
@Path("/api/v1/stations/audit")
public class AuditResource extends AuditLogResource {

    public AuditResource(AuditLog log, CallerContext callers) {
        super(log, callers);
    }
}
