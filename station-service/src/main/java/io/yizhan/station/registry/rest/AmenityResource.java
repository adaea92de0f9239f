package io.yizhan.station.registry.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.registry.service.AmenityService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/stations/amenities")
@Tag(name = "设施词表 / Amenity vocabulary")
public class AmenityResource {

    private final AmenityService service;

    public AmenityResource(AmenityService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    @Operation(summary = "设施词表 / The amenity vocabulary")
    public Uni<List<AmenityView>> list() {
        return service.list().map(all -> all.stream().map(AmenityView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "新增设施 / Add an amenity (province admins)")
    public Uni<Response> add(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") AmenityRequest request) {
        return service.add(request.code(), request.nameZh(), request.nameEn())
                .map(amenity -> Response.status(Response.Status.CREATED).entity(AmenityView.of(amenity)).build());
    }
}
