package io.yizhan.volunteer.wish.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.wish.NewWish;
import io.yizhan.volunteer.wish.service.WishService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/wishes")
@Tag(name = "微心愿 / Micro-wishes")
public class WishResource {

    private final WishService service;
    private final CallerContext callers;

    public WishResource(WishService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "发布微心愿（待审核）/ Post a wish (reviewed before it is published)")
    public Uni<Response> post(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") WishRequest request) {
        return service.post(callers.current(), new NewWish(request.category(), request.description(), request.valueCapFen(),
                        request.stationId()))
                .map(seen -> Response.status(Response.Status.CREATED).entity(WishView.of(seen)).build());
    }

    @GET
    @RolesAllowed({Roles.WORKER, Roles.VOLUNTEER, Roles.PARTNER, Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "心愿墙 / The published wishes of a city")
    public Uni<List<WishView>> board(@QueryParam("tenant") String tenant) {
        return service.board(callers.current(), tenant).map(WishView::ofAll);
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "我的心愿 / My wishes, in full")
    public Uni<List<WishView>> mine() {
        return service.mine(callers.current()).map(WishView::ofAll);
    }

    @GET
    @Path("claimed")
    @RolesAllowed({Roles.VOLUNTEER, Roles.WORKER, Roles.PARTNER})
    @Operation(summary = "我认领的心愿 / The wishes I claimed: to hand over first, then fulfilled")
    public Uni<List<WishView>> claimed() {
        return service.claimed(callers.current()).map(WishView::ofAll);
    }

    @GET
    @Path("review-queue")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "待审核心愿 / Wishes waiting for review in my city")
    public Uni<List<WishView>> queue() {
        return service.reviewQueue(callers.current()).map(WishView::ofAll);
    }

    @GET
    @Path("counts")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "各市心愿数量 / Wishes per city and status")
    public Uni<Map<String, Map<String, Long>>> counts() {
        return service.counts(callers.current());
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "审核心愿 / Publish or reject a wish")
    public Uni<WishView> review(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") WishReview review) {
        return service.review(callers.current(), id, review.approve(), review.note()).map(WishView::of);
    }

    @POST
    @Path("{id}/claim")
    @RolesAllowed({Roles.VOLUNTEER, Roles.WORKER, Roles.PARTNER})
    @Operation(summary = "认领心愿 / Claim a wish (one donor only)")
    public Uni<WishView> claim(@PathParam("id") UUID id) {
        return service.claim(callers.current(), id).map(WishView::of);
    }

    @POST
    @Path("{id}/fulfil")
    @RolesAllowed({Roles.WORKER, Roles.STATION_MANAGER, Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "确认心愿实现 / Confirm the wish came true")
    public Uni<WishView> fulfil(@PathParam("id") UUID id) {
        return service.fulfil(callers.current(), id).map(WishView::of);
    }
}
