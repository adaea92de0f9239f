package io.yizhan.rating.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.rating.Rating;
import io.yizhan.rating.service.ModerationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Comments the word list held back: city admins approve or reject their own city's, province admins any. */
@Path("/api/v1/ratings/moderation")
@Tag(name = "评论审核 / Comment moderation")
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
public class ModerationResource {

    private final ModerationService service;
    private final CallerContext callers;

    public ModerationResource(ModerationService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "待审核评论 / Comments awaiting moderation (oldest first)")
    public Uni<Page<ModerationService.ModerationItem>> queue(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        Rating.CommentStatus wanted;
        try {
            wanted = status == null ? Rating.CommentStatus.PENDING : Rating.CommentStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "取值 PENDING、APPROVED 或 REJECTED / status is PENDING, APPROVED or REJECTED");
        }
        return service.queue(callers.current(), wanted, page);
    }

    @POST
    @Path("{ratingId}")
    @Operation(summary = "审核评论 / Approve or reject a held-back comment")
    public Uni<ModerationService.ModerationItem> decide(@PathParam("ratingId") UUID ratingId,
                                                       @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") Decision body) {
        return service.decide(callers.current(), ratingId, body.decision(), body.note());
    }

    public record Decision(
            @NotNull(message = "请选择 APPROVED 或 REJECTED / decision is APPROVED or REJECTED")
            ModerationService.Decision decision,
            @Size(max = 300, message = "说明最多 300 字 / note is at most 300 characters")
            String note) {
    }
}
