package io.yizhan.partner.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.partner.mapping.PartnerViews;
import io.yizhan.partner.service.SubscriptionService;
import io.yizhan.partner.service.WebhookTargets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import io.yizhan.common.idempotency.IdempotentRequests;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/partner/subscriptions")
@Tag(name = "订阅 / Webhook subscriptions")
@RolesAllowed(Roles.PARTNER)
public class SubscriptionResource {

    private final SubscriptionService service;
    private final WebhookTargets targets;
    private final CallerContext callers;

    public SubscriptionResource(SubscriptionService service, WebhookTargets targets, CallerContext callers) {
        this.service = service;
        this.targets = targets;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "订阅事件 / Subscribe a webhook URL to event types in cities or a GCJ-02 box; the answer carries the signing secret, once")
    @APIResponse(responseCode = "201", description = "已订阅，secret 仅此一次返回 / Subscribed; the secret is returned only here",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    public Uni<Response> createSubscription(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") SubscriptionRequest request,
                                            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return targets.check("url", request.url())
                .chain(() -> service.create(callers.current(), request.toNewSubscription(), idempotencyKey, SubscriptionView.class,
                        saved -> PartnerViews.subscription(saved, saved.secret)))
                .map(outcome -> Response.status(Response.Status.CREATED).entity(outcome.response())
                        .header("Idempotent-Replayed", outcome.replayed() ? "true" : null).build());
    }

    @GET
    @Operation(summary = "本平台的订阅 / This partner's subscriptions")
    public Uni<List<SubscriptionView>> listSubscriptions() {
        return service.list(callers.current()).map(list -> list.stream().map(s -> PartnerViews.subscription(s, null)).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "订阅详情 / One subscription")
    public Uni<SubscriptionView> getSubscription(@PathParam("id") String id) {
        return service.get(callers.current(), QueryParams.uuid("id", id)).map(s -> PartnerViews.subscription(s, null));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "取消订阅 / Delete a subscription and its delivery log")
    @APIResponse(responseCode = "204", description = "已删除 / Deleted")
    public Uni<Response> deleteSubscription(@PathParam("id") String id) {
        return service.delete(callers.current(), QueryParams.uuid("id", id)).map(ignored -> Response.noContent().build());
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "恢复或暂停订阅 / Re-enable (status ACTIVE) or pause (SUSPENDED) a subscription")
    public Uni<SubscriptionView> updateSubscriptionStatus(@PathParam("id") String id,
                                       @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") SubscriptionPatch patch) {
        return service.patch(callers.current(), QueryParams.uuid("id", id), patch.status()).map(s -> PartnerViews.subscription(s, null));
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "发送测试事件 / Queue a signed webhook.test event to this subscription")
    @APIResponse(responseCode = "202", description = "已排队 / Queued",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryView.class)))
    public Uni<Response> sendTestEvent(@PathParam("id") String id) {
        return service.sendTest(callers.current(), QueryParams.uuid("id", id))
                .map(delivery -> Response.accepted(PartnerViews.delivery(delivery)).build());
    }
}
