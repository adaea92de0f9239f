package io.yizhan.rating.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.rating.service.PosterRenderer;
import io.yizhan.rating.service.QrRenderer;
import io.yizhan.rating.service.QrService;
import io.yizhan.rating.service.StationCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The QR poster of a station. Only admins fetch and rotate it: a city admin for their own city's
 * stations, a province admin for any (station managers get the printed poster from their city).
 */
@Path("/api/v1/ratings/qr")
@Tag(name = "驿站二维码 / Station QR codes")
public class QrResource {

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";
    static final String PDF = "application/pdf";

    private final QrService service;
    private final QrRenderer renderer;
    private final PosterRenderer posters;
    private final CallerContext callers;

    public QrResource(QrService service, QrRenderer renderer, PosterRenderer posters, CallerContext callers) {
        this.service = service;
        this.renderer = renderer;
        this.posters = posters;
        this.callers = callers;
    }

    /** PNG by default; SVG with {@code Accept: image/svg+xml} or {@code ?format=svg}; the URL and token as JSON with {@code Accept: application/json}. */
    @GET
    @Path("{stationId}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Produces({PNG, SVG, MediaType.APPLICATION_JSON})
    @Operation(summary = "驿站评价二维码 / A station's rating QR code (PNG, SVG or JSON)")
    public Uni<Response> qr(@PathParam("stationId") UUID stationId, @QueryParam("format") String format,
                            @QueryParam("size") String size, @Context HttpHeaders headers) {
        String kind = kind(format, headers);
        int pixels = size(size);
        return service.current(callers.current(), stationId).map(qr -> switch (kind) {
            case "svg" -> Response.ok(renderer.svg(qr.url(), qr.name() + " 评价二维码 / rating QR"), SVG).build();
            case "json" -> Response.ok(QrView.of(qr), MediaType.APPLICATION_JSON).build();
            default -> Response.ok(renderer.png(qr.url(), pixels), PNG)
                    .header("Content-Disposition", "inline; filename=\"station-" + stationId + "-qr.png\"").build();
        });
    }

    @GET
    @Path("{stationId}/poster.pdf")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Produces(PDF)
    @Operation(summary = "驿站海报（A4 PDF，含二维码） / A station's printable wall poster, A4 PDF")
    public Uni<Response> posterPdf(@PathParam("stationId") UUID stationId) {
        return poster(stationId, posters::pdf, PDF, "pdf");
    }

    @GET
    @Path("{stationId}/poster.png")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Produces(PNG)
    @Operation(summary = "驿站海报（A4 PNG，150 dpi） / A station's wall poster as an A4 image, 150 dpi")
    public Uni<Response> posterPng(@PathParam("stationId") UUID stationId) {
        return poster(stationId, posters::png, PNG, "png");
    }

    /** Drawing a poster takes tens of milliseconds of CPU and reads the font file: not on the event loop. */
    private Uni<Response> poster(UUID stationId, java.util.function.Function<PosterRenderer.Poster, byte[]> draw,
                                 String type, String extension) {
        return service.current(callers.current(), stationId)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(qr -> Response.ok(draw.apply(new PosterRenderer.Poster(qr.name(),
                                Tenants.CITIES.getOrDefault(qr.tenant(), qr.tenant()), StationCode.of(qr.stationId()), qr.url())), type)
                        .header("Content-Disposition", "inline; filename=\"station-" + stationId + "-poster." + extension + "\"")
                        .build());
    }

    @POST
    @Path("{stationId}/rotation")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "更换二维码（旧海报失效） / Rotate the QR token (older posters stop working)")
    public Uni<QrView> rotate(@PathParam("stationId") UUID stationId) {
        return service.rotate(callers.current(), stationId).map(QrView::of);
    }

    public record QrView(UUID stationId, String tenant, String name, int version, String url, String token) {
        static QrView of(QrService.StationQr qr) {
            return new QrView(qr.stationId(), qr.tenant(), qr.name(), qr.version(), qr.url(), qr.token());
        }
    }

    static String kind(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "png", "svg", "json" -> format;
                default -> throw ProblemException.badRequest("format", "取值 png、svg 或 json / format is png, svg or json");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(PNG)) && !type.isWildcardType()) {
                return "png";
            }
            if (type.isCompatible(MediaType.valueOf(SVG)) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return "svg";
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return "json";
            }
        }
        return "png";
    }

    static int size(String size) {
        if (size == null) {
            return 512;
        }
        try {
            int value = Integer.parseInt(size);
            if (value >= 128 && value <= 4096) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.badRequest("size", "图片边长 128–4096 像素 / size is 128 to 4096 pixels");
    }
}
