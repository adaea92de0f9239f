package io.yizhan.locker.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.locker.service.PickupService;
import io.yizhan.locker.service.ReservationService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/lockers/{id}")
@Tag(name = "柜机取件 / Pickup at the locker")
public class PickupResource {

    private final PickupService service;
    private final ReservationService reservations;
    private final CallerContext callers;

    public PickupResource(PickupService service, ReservationService reservations, CallerContext callers) {
        this.service = service;
        this.reservations = reservations;
        this.callers = callers;
    }

    @POST
    @Path("pickups")
    @RolesAllowed(Roles.DEVICE)
    @Operation(summary = "输入取件码 / The locker's device submits a code: the compartment to open and a transaction id")
    public Uni<PickupView> enterCode(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") PickupCode code) {
        return service.enterCode(callers.current(), id, code.code()).map(PickupView::of);
    }

    @POST
    @Path("pickups/{transactionId}/confirm")
    @RolesAllowed(Roles.DEVICE)
    @Operation(summary = "确认出货 / The device confirms the item came out (repeatable; dispenses once)")
    public Uni<PickupView> confirm(@PathParam("id") UUID id, @PathParam("transactionId") UUID transactionId) {
        return service.confirm(callers.current(), id, transactionId).map(PickupView::of);
    }

    @POST
    @Path("pickups/{transactionId}/failure")
    @RolesAllowed(Roles.DEVICE)
    @Operation(summary = "出货失败 / The device reports a failed dispense: the held unit is released")
    public Uni<PickupView> failure(@PathParam("id") UUID id, @PathParam("transactionId") UUID transactionId,
                                   @Valid DispenseFailure failure) {
        return service.failure(callers.current(), id, transactionId, failure == null ? null : failure.reason())
                .map(PickupView::of);
    }

    @GET
    @Path("reservations")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "此柜的预约（不含取件码）/ The locker's reservations, newest first, without codes")
    public Uni<Page<ReservationView>> reservations(@PathParam("id") UUID id, @QueryParam("status") String status,
                                                   @Valid @BeanParam PageRequest page) {
        return reservations.ofLocker(callers.current(), id, ReservationResource.status(status), page)
                .map(p -> p.map(ReservationView::withoutCode));
    }
}
