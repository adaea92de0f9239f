package io.yizhan.portal.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The platform's RFC 9457 body (docs/conventions.md §3) for the few answers the portal gives itself. */
public final class Problems {

    private Problems() {
    }

    public static void send(RoutingContext rc, int status, String title, String detail) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", "https://yizhan.io/problems/" + status)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }
}
