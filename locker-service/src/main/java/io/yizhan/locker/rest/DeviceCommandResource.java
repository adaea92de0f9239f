package io.yizhan.locker.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.locker.DeviceCommandStatus;
import io.yizhan.locker.service.DeviceCommandService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.UUID;

/** Commands to a locker's device over the device channel (ADR 0012): remote opening, settings, and their outcomes. */
@Path("/api/v1/lockers/{id}")
@Tag(name = "设备指令 / Device commands")
public class DeviceCommandResource {

    private final DeviceCommandService service;
    private final CallerContext callers;

    public DeviceCommandResource(DeviceCommandService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Path("remote-open")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "远程开格（留痕）/ Open a compartment remotely (audited); with reservationId it is that pickup once the device confirms")
    public Uni<Response> remoteOpen(@PathParam("id") UUID id,
                                    @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") RemoteOpenRequest request) {
        return service.remoteOpen(callers.current(), id, request.compartmentNumber(), request.reason(), request.reservationId())
                .map(o -> Response.accepted(RemoteOpenView.of(o)).build());
    }

    @POST
    @Path("config")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "下发设备配置 / Send new settings to the locker's device")
    public Uni<Response> setConfig(@PathParam("id") UUID id,
                                   @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") DeviceConfigRequest request) {
        return service.setConfig(callers.current(), id, request.settings())
                .map(c -> Response.accepted(DeviceCommandView.of(c)).build());
    }

    @GET
    @Path("commands")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "设备指令（待核对：status=UNKNOWN）/ The locker's device commands, newest first; the desk's unknown openings with status=UNKNOWN")
    public Uni<Page<DeviceCommandView>> commands(@PathParam("id") UUID id, @QueryParam("status") String status,
                                                 @Valid @BeanParam PageRequest page) {
        return service.list(callers.current(), id, status(status), page).map(p -> p.map(DeviceCommandView::of));
    }

    static DeviceCommandStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DeviceCommandStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "取值之一 / one of " + Arrays.toString(DeviceCommandStatus.values()));
        }
    }
}
