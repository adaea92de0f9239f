package io.yizhan.locker.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.locker.service.SupplyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/supplies")
@Tag(name = "免费物资 / Supplies")
public class SupplyResource {

    private final SupplyService service;
    private final CallerContext callers;

    public SupplyResource(SupplyService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "新增物资 / Add an item to my city's catalogue")
    public Uni<Response> create(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") SupplyRequest request) {
        return service.create(callers.current(), request.toDetails()).map(SupplyView::of)
                .map(view -> Response.created(URI.create("/api/v1/supplies/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "修改物资 / Change an item (name, value, threshold, rules)")
    public Uni<SupplyView> update(@PathParam("id") UUID id,
                                  @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") SupplyRequest request) {
        return service.update(callers.current(), id, request.toDetails()).map(SupplyView::of);
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER, Roles.WORKER})
    @Operation(summary = "物资目录 / The catalogue, paged")
    public Uni<Page<SupplyView>> list(@QueryParam("tenant") String tenant, @Valid @BeanParam PageRequest page) {
        return service.list(callers.current(), tenant, page).map(p -> p.map(SupplyView::of));
    }

    @GET
    @Path("gift-packs")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "新会员礼包发放 / Gift packs: members, packs issued, waiting and expired per item")
    public Uni<GiftPacksView> giftPacks(@QueryParam("tenant") String tenant) {
        return service.giftPacks(callers.current(), tenant == null || tenant.isBlank() ? null : tenant.strip()).map(GiftPacksView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER, Roles.WORKER})
    public Uni<SupplyView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id).map(SupplyView::of);
    }
}
