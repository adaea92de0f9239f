package io.yizhan.volunteer.donation.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.donation.service.DonationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;

@Path("/api/v1/donations")
@Tag(name = "爱心捐赠角 / Donation corner")
public class DonationResource {

    private final DonationService service;
    private final CallerContext callers;

    public DonationResource(DonationService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "登记捐赠物品 / Record items donated to a station")
    public Uni<Response> record(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") DonationRequest request) {
        return service.record(callers.current(), new DonationService.NewDonation(request.stationId(), request.item(), request.donor(),
                        request.quantity()))
                .map(donation -> Response.status(Response.Status.CREATED).entity(DonationView.of(donation)).build());
    }

    @POST
    @Path("{id}/taken")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "登记领取 / Record items taken")
    public Uni<DonationView> taken(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") Taken taken) {
        return service.take(callers.current(), id, taken.quantity()).map(DonationView::of);
    }

    public record Taken(@NotNull(message = "请填写数量 / quantity is required") @Min(value = 1, message = "数量至少 1 / quantity is at least 1")
                        @Max(value = 100000, message = "数量过大 / quantity too large") Integer quantity) {
    }

    @GET
    @Authenticated
    @Operation(summary = "驿站的捐赠物品 / What the station's donation corner holds")
    public Uni<List<DonationView>> atStation(@QueryParam("stationId") String stationId) {
        UUID station = QueryParams.uuid("stationId", stationId);
        if (station == null) {
            throw ProblemException.badRequest("stationId", "请指定驿站 / stationId is required");
        }
        return service.atStation(station).map(list -> list.stream().map(DonationView::of).toList());
    }
}
