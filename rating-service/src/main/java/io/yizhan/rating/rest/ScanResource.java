package io.yizhan.rating.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.rating.RatingTag;
import io.yizhan.rating.service.QrService;
import io.yizhan.rating.service.StationGuard;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Where a scanned QR code leads: the station and the rating form, with the token to rate it anonymously. */
@Path("/api/v1/ratings/scan")
@Tag(name = "扫码评价 / Scan to rate")
public class ScanResource {

    private final QrService qr;
    private final StationGuard guard;

    public ScanResource(QrService qr, StationGuard guard) {
        this.qr = qr;
        this.guard = guard;
    }

    @GET
    @Path("{stationId}")
    @PermitAll
    @WithSession
    @Operation(summary = "扫码打开评价表 / Open the rating form of a scanned station")
    public Uni<ScanView> scan(@PathParam("stationId") UUID stationId, @QueryParam("t") String token) {
        if (token == null || token.isBlank()) {
            throw ProblemException.badRequest("t", "缺少二维码令牌 / the QR token (t) is missing");
        }
        return guard.rateable(stationId).chain(station -> qr.check(stationId, token)
                .map(version -> new ScanView(station.id, station.name, station.tenant, token, "POST /api/v1/ratings",
                        List.of("environment", "facilities", "service", "openingAsPosted"),
                        Arrays.stream(RatingTag.values()).map(t -> new TagView(t.code(), t.label, t.english)).toList())))
                .onFailure(ProblemException.class).transform(e -> rename((ProblemException) e));
    }

    /** The token arrives here as {@code t}, not {@code qrToken}. */
    static Throwable rename(ProblemException e) {
        var problem = e.toProblem();
        if (problem.violations().size() == 1 && "qrToken".equals(problem.violations().get(0).field())) {
            return ProblemException.badRequest("t", problem.violations().get(0).message());
        }
        return e;
    }

    public record ScanView(UUID stationId, String name, String tenant, String qrToken, String rateWith,
                           List<String> dimensions, List<TagView> tags) {
    }

    public record TagView(String code, String label, String english) {
    }
}
