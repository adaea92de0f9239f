package io.yizhan.station.evaluation.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.evaluation.mapping.EvaluationMapper;
import io.yizhan.station.evaluation.EvaluationCard;
import io.yizhan.station.evaluation.service.CardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/evaluation/cards")
@Tag(name = "黄牌红牌 / Yellow and red cards")
public class EvaluationCardResource {

    private final CardService service;
    private final CallerContext callers;
    private final EvaluationMapper mapper;

    public EvaluationCardResource(CardService service, CallerContext callers, EvaluationMapper mapper) {
        this.service = service;
        this.callers = callers;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "考评牌列表 / Cards of my city (province: all), newest first")
    public Uni<Page<CardView>> list(@QueryParam("tenant") String tenant, @QueryParam("status") String status,
                                    @QueryParam("station") String station, @Valid @BeanParam PageRequest page) {
        return service.list(callers.current(), tenant, QueryParams.enumeration("status", status, EvaluationCard.Status.class),
                QueryParams.uuid("station", station), page).map(result -> result.map(mapper::toView));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "考评牌详情与处理记录 / A card, its evidence and its audit trail")
    public Uni<CardView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id).map(mapper::toView);
    }

    @POST
    @Path("{id}/rectifications")
    @RolesAllowed(Roles.STATION_MANAGER)
    @Operation(summary = "提交整改报告 / The station manager submits a rectification report")
    public Uni<CardView> rectify(@PathParam("id") UUID id,
                                 @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") Rectification rectification) {
        return service.rectify(callers.current(), id, rectification.report(), rectification.photos()).map(mapper::toView);
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "审核整改 / Accept (card closed) or reject (deadline stands) a rectification")
    public Uni<CardView> review(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") RectificationReview review) {
        return service.review(callers.current(), id, review.accepted(), review.remarks()).map(mapper::toView);
    }

    @POST
    @Path("{id}/reinspection")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "安排复查 / Schedule a re-inspection")
    public Uni<CardView> reinspection(@PathParam("id") UUID id,
                                      @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") ReinspectionRequest request) {
        return service.scheduleReinspection(callers.current(), id, request.due()).map(mapper::toView);
    }

    @POST
    @Path("{id}/delisting")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "确认或否决摘牌（省总） / The province confirms or declines a red card's delisting")
    public Uni<CardView> delisting(@PathParam("id") UUID id,
                                   @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") DelistingDecision decision) {
        return service.decideDelisting(callers.current(), id, decision.confirm(), decision.reason()).map(mapper::toView);
    }
}
