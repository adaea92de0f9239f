package io.yizhan.rating.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.rating.Suggestion;
import io.yizhan.rating.service.SuggestionService;
import jakarta.annotation.security.PermitAll;
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

import java.util.UUID;

@Path("/api/v1/suggestions")
@Tag(name = "金点子 / Golden ideas")
public class SuggestionResource {

    private final SuggestionService service;
    private final CallerContext callers;

    public SuggestionResource(SuggestionService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "提交金点子 / Submit a suggestion for a station or a city")
    public Uni<Response> submit(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") SuggestionRequest request) {
        return service.submit(callers.current(), new SuggestionService.NewSuggestion(request.stationId(), request.tenant(),
                        request.title(), request.body()))
                .map(s -> Response.status(Response.Status.CREATED).entity(SuggestionView.of(s)).build());
    }

    @GET
    @Path("mine")
    @RolesAllowed({Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "我的金点子及答复 / My suggestions, their status and replies")
    public Uni<Page<SuggestionView>> mine(@Valid @BeanParam PageRequest page) {
        return service.mine(callers.current(), page).map(p -> p.map(SuggestionView::of));
    }

    @GET
    @Path("adopted")
    @PermitAll
    @Operation(summary = "某市已采纳的金点子 / Adopted suggestions of a city (public)")
    public Uni<Page<SuggestionView.Adopted>> adopted(@QueryParam("tenant") String tenant, @Valid @BeanParam PageRequest page) {
        if (!Tenants.isCity(tenant)) {
            throw ProblemException.badRequest("tenant", "请指定城市，取值之一 / name the city, one of " + String.join(", ", Tenants.codes()));
        }
        return service.adopted(tenant, page).map(p -> p.map(SuggestionView.Adopted::of));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "待答复的金点子 / The suggestions of my city in a status (default SUBMITTED), oldest first")
    public Uni<Page<SuggestionView>> queue(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        Suggestion.Status wanted;
        try {
            wanted = status == null ? Suggestion.Status.SUBMITTED : Suggestion.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "取值 SUBMITTED、ACKNOWLEDGED、ADOPTED 或 DECLINED / status is SUBMITTED, ACKNOWLEDGED, ADOPTED or DECLINED");
        }
        return service.queue(callers.current(), wanted, page).map(p -> p.map(SuggestionView::of));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.WORKER, Roles.VOLUNTEER, Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "一条金点子 / One suggestion (its author or its city's admins)")
    public Uni<SuggestionView> get(@PathParam("id") UUID id) {
        return service.find(callers.current(), id).map(SuggestionView::of);
    }

    @POST
    @Path("{id}/answers")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "答复金点子 / Acknowledge, adopt or decline a suggestion, with a reply")
    public Uni<SuggestionView> answer(@PathParam("id") UUID id,
                                      @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") SuggestionAnswer answer) {
        return service.answer(callers.current(), id, answer.status(), answer.reply()).map(SuggestionView::of);
    }
}
