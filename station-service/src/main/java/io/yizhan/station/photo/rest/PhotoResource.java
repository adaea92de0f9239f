package io.yizhan.station.photo.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.Problem;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.photo.service.PhotoService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/stations/{id}/photos")
@Tag(name = "驿站照片 / Station photos")
public class PhotoResource {

    /** The largest upload; the service's body limit (10 MB) leaves room for the multipart framing. */
    public static final long MAX_UPLOAD_BYTES = 8L * 1024 * 1024;
    private static final String CACHE = "private, max-age=86400, immutable";

    private final PhotoService service;
    private final CallerContext callers;

    public PhotoResource(PhotoService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "上传驿站照片 / Upload a station photo (JPEG or PNG, at most 8 MB; stored without its metadata,"
            + " at most 1600 px, with a 320 px thumbnail)")
    public Uni<Response> upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        return service.upload(callers.current(), id, checked(file))
                .map(photo -> Response.status(201).entity(PhotoView.of(photo))
                        .header("Location", PhotoView.of(photo).url()).build());
    }

    @GET
    @Authenticated
    @Operation(summary = "驿站照片列表 / The station's photos, with the paths of each image and thumbnail")
    public Uni<List<PhotoView>> list(@PathParam("id") UUID id) {
        return service.list(id).map(photos -> photos.stream().map(PhotoView::of).toList());
    }

    @GET
    @Path("{photoId}")
    @Produces("image/jpeg")
    @Authenticated
    @Operation(summary = "照片或缩略图 / The photo (JPEG, at most 1600 px), or with size=thumbnail its thumbnail (320 px)")
    public Uni<Response> image(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId,
                               @QueryParam("size") @DefaultValue("full") String size) {
        if (!size.equals("full") && !size.equals("thumbnail")) {
            throw ProblemException.badRequest("size", "须为 full 或 thumbnail / must be full or thumbnail");
        }
        return service.image(id, photoId, size.equals("thumbnail"))
                .map(bytes -> Response.ok(bytes, "image/jpeg").header("Cache-Control", CACHE).build());
    }

    @DELETE
    @Path("{photoId}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "删除驿站照片 / Delete a station photo")
    public Uni<Response> delete(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        return service.delete(callers.current(), id, photoId).map(ignored -> Response.noContent().build());
    }

    /** Where the upload lies on disk, refused with 400 or 413 naming the field when missing, empty or too large. */
    private static java.nio.file.Path checked(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.badRequest("file", "请选择一张照片（表单字段 file）/ a photo is required (form field file)");
        }
        if (file.size() == 0) {
            throw ProblemException.badRequest("file", "照片为空 / the photo is empty");
        }
        if (file.size() > MAX_UPLOAD_BYTES) {
            String message = "照片不能超过 8 MB / the photo must be at most 8 MB";
            throw new ProblemException(413, "请求体过大 / Request body too large", "file: " + message,
                    List.of(new Problem.Violation("file", message)));
        }
        return file.uploadedFile();
    }
}
