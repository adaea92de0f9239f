package io.yizhan.partner.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.partner.Delivery;
import io.yizhan.partner.Partner;
import io.yizhan.partner.service.DeliveryLogService;
import io.yizhan.partner.service.SubscriptionService;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.QueryParam;
import io.yizhan.partner.mapping.PartnerViews;
import io.yizhan.partner.service.PartnerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import io.yizhan.common.idempotency.IdempotentRequests;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** The registry of partner platforms: the province federation's, and a partner's view of itself. */
@Path("/api/v1/partner")
@Tag(name = "合作平台登记 / Partner registry")
public class PartnerResource {

    private static final Set<String> DELIVERY_STATUSES = Set.of(Delivery.PENDING, Delivery.DELIVERED, Delivery.FAILED);

    private final PartnerService service;
    private final SubscriptionService subscriptions;
    private final DeliveryLogService deliveries;
    private final CallerContext callers;

    public PartnerResource(PartnerService service, SubscriptionService subscriptions, DeliveryLogService deliveries,
                           CallerContext callers) {
        this.service = service;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.callers = callers;
    }

    @POST
    @Path("/partners")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "登记合作平台 / Register a partner platform (its Keycloak client)")
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerView.class)))
    public Uni<Response> registerPartner(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") PartnerRequest request,
                                         @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return service.register(callers.current(), request.toNewPartner(), idempotencyKey, PartnerView.class, PartnerViews::partner)
                .map(outcome -> Response.status(Response.Status.CREATED)
                        .entity(outcome.response()).header("Idempotent-Replayed", outcome.replayed() ? "true" : null).build());
    }

    @GET
    @Path("/partners")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "合作平台列表 / Registered partners")
    public Uni<Page<PartnerView>> listPartners(@Valid @BeanParam PageRequest page) {
        return service.list(page).map(p -> p.map(PartnerViews::partner));
    }

    @GET
    @Path("/partners/{id}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "合作平台详情 / One partner")
    public Uni<PartnerView> getPartner(@PathParam("id") String id) {
        return service.get(QueryParams.uuid("id", id)).map(PartnerViews::partner);
    }

    @POST
    @Path("/partners/{id}/suspend")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "停用合作平台 / Suspend a partner: its tokens are refused from now on")
    public Uni<PartnerView> suspendPartner(@PathParam("id") String id) {
        return service.setStatus(QueryParams.uuid("id", id), Partner.SUSPENDED).map(PartnerViews::partner);
    }

    @POST
    @Path("/partners/{id}/reactivate")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "恢复合作平台 / Reactivate a suspended partner")
    public Uni<PartnerView> reactivatePartner(@PathParam("id") String id) {
        return service.setStatus(QueryParams.uuid("id", id), Partner.ACTIVE).map(PartnerViews::partner);
    }

    // The partners desk of the admin console: what a partner sees of its own webhooks, for the province.

    @GET
    @Path("/partners/{id}/subscriptions")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "合作平台的订阅 / One partner's webhook subscriptions (no secrets)")
    public Uni<List<SubscriptionView>> listPartnerSubscriptions(@PathParam("id") String id) {
        return subscriptions.listOf(QueryParams.uuid("id", id))
                .map(list -> list.stream().map(s -> PartnerViews.subscription(s, null)).toList());
    }

    @PATCH
    @Path("/partners/{id}/subscriptions/{subscriptionId}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "恢复或暂停合作平台的订阅 / Re-enable (status ACTIVE) or pause (SUSPENDED) one of a partner's subscriptions")
    public Uni<SubscriptionView> setPartnerSubscriptionStatus(@PathParam("id") String id, @PathParam("subscriptionId") String subscriptionId,
                                                              @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") SubscriptionPatch patch) {
        return subscriptions.setStatusOf(QueryParams.uuid("id", id), QueryParams.uuid("subscriptionId", subscriptionId), patch.status())
                .map(s -> PartnerViews.subscription(s, null));
    }

    @GET
    @Path("/partners/{id}/deliveries")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "合作平台的投递记录（最新在前）/ One partner's delivery log, newest first, optionally of one subscription or status")
    public Uni<Page<DeliveryView>> listPartnerDeliveries(@PathParam("id") String id, @QueryParam("subscriptionId") String subscriptionId,
                                                         @QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        if (status != null && !DELIVERY_STATUSES.contains(status)) {
            throw ProblemException.badRequest("status", "取值 PENDING、DELIVERED 或 FAILED / one of PENDING, DELIVERED, FAILED");
        }
        return deliveries.logOf(QueryParams.uuid("id", id), QueryParams.uuid("subscriptionId", subscriptionId), status, page)
                .map(result -> result.map(PartnerViews::delivery));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "本平台信息与用量 / The calling partner: registration and webhook usage")
    public Uni<PartnerUsage> getOwnUsage() {
        return service.usage(callers.current()).map(PartnerViews::usage);
    }
}
