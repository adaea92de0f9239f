package io.yizhan.rating.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.net.ClientAddresses;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.rating.service.RatingService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/ratings")
@Tag(name = "评价 / Ratings")
public class RatingResource {

    private final RatingService service;
    private final CallerContext callers;
    private final ClientAddresses clientAddresses;

    public RatingResource(RatingService service, CallerContext callers, ClientAddresses clientAddresses) {
        this.service = service;
        this.callers = callers;
        this.clientAddresses = clientAddresses;
    }

    /**
     * A worker's rating (with a bearer token), or an anonymous one carrying the station's QR token.
     * 201 when new; 200 with {@code replaced: true} when it replaced the worker's rating of the same
     * station within the last 24 h. Open around the clock.
     */
    @POST
    @PermitAll
    @Operation(summary = "评价驿站 / Rate a station")
    public Uni<Response> rate(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") RatingRequest request,
                              @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                              @Context HttpServerRequest http) {
        String client = clientAddresses.of(http);
        return callers.resolve()
                .chain(caller -> service.submit(caller, request.toSubmission(), client, idempotencyKey, RatingView.class, RatingView::of))
                .map(outcome -> {
                    Response.ResponseBuilder response = Response.status(outcome.response().replaced()
                            ? Response.Status.OK : Response.Status.CREATED).entity(outcome.response());
                    return outcome.replayed() ? response.header("Idempotent-Replayed", "true").build() : response.build();
                });
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "我的评价 / My ratings (with the moderation status of their comments)")
    public Uni<Page<RatingView>> mine(@Valid @BeanParam PageRequest page) {
        return service.mine(callers.current(), page).map(p -> p.map(r -> RatingView.of(r, false)));
    }

    @GET
    @Path("comments/{stationId}")
    @PermitAll
    @Operation(summary = "驿站的公开评论 / A station's public comments (newest first, no authors)")
    public Uni<Page<PublicComment>> comments(@PathParam("stationId") UUID id, @Valid @BeanParam PageRequest page) {
        return service.comments(id, page).map(p -> p.map(PublicComment::of));
    }
}
