package io.yizhan.locker.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.locker.ReservationStatus;
import io.yizhan.locker.service.DeviceCommandService;
import io.yizhan.locker.service.ReservationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Arrays;
import java.util.UUID;

@Path("/api/v1/reservations")
@Tag(name = "预约领取 / Reservations")
public class ReservationResource {

    private final ReservationService service;
    private final DeviceCommandService commands;
    private final CallerContext callers;

    public ReservationResource(ReservationService service, DeviceCommandService commands, CallerContext callers) {
        this.service = service;
        this.commands = commands;
        this.callers = callers;
    }

    @POST
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "预约一件物资 / Reserve one item at a locker; returns the 6-digit pickupCode and a QR payload")
    public Uni<Response> reserve(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") ReservationRequest request,
                                 @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return service.reserve(callers.current(), request.toNewReservation(), idempotencyKey, ReservationView.class,
                        ReservationView::of).map(outcome -> Response
                .created(URI.create("/api/v1/reservations/" + outcome.response().id()))
                .entity(outcome.response())
                .header("Idempotent-Replayed", outcome.replayed() ? "true" : null)
                .build());
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "我的预约 / My reservations, newest first, optionally of one status")
    public Uni<Page<ReservationView>> mine(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        return service.mine(callers.current(), status(status), page).map(p -> p.map(ReservationView::of));
    }

    static ReservationStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReservationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "取值之一 / one of " + Arrays.toString(ReservationStatus.values()));
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.WORKER)
    public Uni<ReservationView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id).map(ReservationView::of);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "取消预约 / Cancel my reservation (before the locker opened); the item goes back to stock")
    public Uni<ReservationView> cancel(@PathParam("id") UUID id) {
        return service.cancel(callers.current(), id).map(ReservationView::of);
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "在柜前开格 / At the locker: open my reservation's compartment over the device channel (picked up once the device confirms)")
    public Uni<Response> open(@PathParam("id") UUID id) {
        return commands.openForWorker(callers.current(), id).map(c -> Response.accepted(DeviceCommandView.of(c)).build());
    }
}
