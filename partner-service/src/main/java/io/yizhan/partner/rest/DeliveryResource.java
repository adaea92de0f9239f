package io.yizhan.partner.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.partner.Delivery;
import io.yizhan.partner.mapping.PartnerViews;
import io.yizhan.partner.service.DeliveryLogService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("/api/v1/partner/deliveries")
@Tag(name = "投递记录 / Webhook deliveries")
@RolesAllowed(Roles.PARTNER)
public class DeliveryResource {

    private static final Set<String> STATUSES = Set.of(Delivery.PENDING, Delivery.DELIVERED, Delivery.FAILED);

    private final DeliveryLogService service;
    private final CallerContext callers;

    public DeliveryResource(DeliveryLogService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "投递记录（最新在前）/ This partner's deliveries, newest first, optionally of one subscription or status")
    public Uni<Page<DeliveryView>> listDeliveries(@QueryParam("subscriptionId") String subscriptionId, @QueryParam("status") String status,
                                        @Valid @BeanParam PageRequest page) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.badRequest("status", "取值 PENDING、DELIVERED 或 FAILED / one of PENDING, DELIVERED, FAILED");
        }
        return service.log(callers.current(), QueryParams.uuid("subscriptionId", subscriptionId), status, page)
                .map(result -> result.map(PartnerViews::delivery));
    }
}
