package io.yizhan.volunteer.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.StationReplica;
import io.yizhan.volunteer.service.StationReplicaService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/volunteers/stations")
@Tag(name = "驿站副本 / Station replica")
public class StationReplicaResource {

    private final StationReplicaService service;
    private final CallerContext callers;

    public StationReplicaResource(StationReplicaService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    /** How this service sees a station (from station-events); for operators checking that events flow. */
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "本服务所知的驿站 / A station as this service knows it")
    public Uni<StationReplicaView> get(@PathParam("id") UUID id) {
        return service.find(callers.current(), id).map(StationReplicaView::of);
    }

    public record StationReplicaView(UUID id, String tenant, String name, String status, double lat, double lon,
                                     long version, boolean open24h) {
        static StationReplicaView of(StationReplica r) {
            return new StationReplicaView(r.id, r.tenant, r.name, r.status, r.lat, r.lon, r.version, r.open24h);
        }
    }
}
