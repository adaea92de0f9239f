package io.yizhan.partner.notify.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.partner.notify.config.NotifyConfig;
import io.yizhan.partner.notify.mapping.NotificationViews;
import io.yizhan.partner.notify.service.NotificationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;

/**
 * A signed-in person's notifications 通知: their feed, read state, choices and the live stream. Every
 * operation is about the caller alone; nobody reads another person's feed.
 */
@Path("/api/v1/notifications")
@Tag(name = "通知 / Notifications")
@Authenticated
public class NotificationResource {

    /** Keeps idle streams open through the portal's router and ingress. */
    static final Duration PING = Duration.ofSeconds(25);

    private final NotificationService service;
    private final CallerContext callers;
    private final NotifyConfig config;

    public NotificationResource(NotificationService service, CallerContext callers, NotifyConfig config) {
        this.service = service;
        this.callers = callers;
        this.config = config;
    }

    @GET
    @Operation(summary = "我的通知 / My notifications, newest first (unread=true: unread only)")
    public Uni<Page<NotificationView>> listNotifications(@QueryParam("unread") @DefaultValue("false") boolean unread,
                                                         @Valid @BeanParam PageRequest page) {
        return service.feed(callers.current(), unread, page).map(p -> p.map(NotificationViews::view));
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "未读数 / How many are unread (the bell's badge)")
    public Uni<UnreadCount> unreadCount() {
        return service.unread(callers.current()).map(UnreadCount::new);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "标为已读 / Mark one read (again: no change)")
    public Uni<UnreadCount> markRead(@PathParam("id") String id) {
        var caller = callers.current();
        return service.markRead(caller, QueryParams.uuid("id", id)).chain(() -> service.unread(caller)).map(UnreadCount::new);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "全部标为已读 / Mark everything read")
    public Uni<ReadAllResult> markAllRead() {
        return service.markAllRead(callers.current()).map(ReadAllResult::new);
    }

    @GET
    @Path("/preferences")
    @Operation(summary = "通知设置 / My channels per kind")
    public Uni<PreferencesView> getPreferences() {
        return service.preferences(callers.current()).map(NotificationViews::view);
    }

    @PUT
    @Path("/preferences")
    @Operation(summary = "修改通知设置 / Replace my channels per kind (and the phone for SMS)")
    public Uni<PreferencesView> putPreferences(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") PreferencesRequest request) {
        return service.savePreferences(callers.current(), request.phone(), NotificationViews.choices(request))
                .map(NotificationViews::view);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "实时通知 / Live stream (SSE): hello with the unread count, then each new message; "
            + "ends before the token expires, reconnect with a fresh one")
    public Multi<StreamEvent> stream() {
        return service.live(callers.current(), config.streamMaxDuration(), PING).map(NotificationViews::event);
    }
}
