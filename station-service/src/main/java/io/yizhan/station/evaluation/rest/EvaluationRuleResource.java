package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.RulesView;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.evaluation.service.EvaluationRuleService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/rules")
@Tag(name = "考评规则 / Evaluation rules")
public class EvaluationRuleResource {

    private final EvaluationRuleService service;
    private final CallerContext callers;

    public EvaluationRuleResource(EvaluationRuleService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "考评规则及其参数 / The rules in force for a city (or the province's), in words and numbers")
    public Uni<RulesView> rules(@QueryParam("tenant") String tenant) {
        return service.rules(callers.current(), tenant);
    }

    @PUT
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "设定考评参数（全省或某市） / Override the rules' settings for the province or one city")
    public Uni<RulesView> override(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") SettingsOverride change) {
        return service.override(callers.current(), change.tenant(), change.settings());
    }
}
