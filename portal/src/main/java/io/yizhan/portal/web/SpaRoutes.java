package io.yizhan.portal.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.yizhan.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The single-page app: {@code /config.json} tells it where to log in and which base map to draw;
 * every other GET that is not a file, an API call or a Quarkus endpoint gets {@code index.html}, so
 * a bookmarked client-side route ({@code /admin/stations/42}) loads the app, which then routes itself.
 * Files (Vite's hashed assets) are left to Quarkus's static handler for META-INF/resources.
 */
@ApplicationScoped
public class SpaRoutes {

    static final String INDEX = "META-INF/resources/index.html";

    private final PortalConfig config;
    private volatile Buffer index;

    public SpaRoutes(PortalConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        router.get("/config.json").order(-90).handler(this::configJson);
        router.get("/*").order(-80).handler(this::fallback);
    }

    void configJson(RoutingContext rc) {
        PortalConfig.Map map = config.map();
        JsonObject body = new JsonObject()
                .put("oidc", new JsonObject()
                        .put("authority", config.oidc().authority())
                        .put("clientId", config.oidc().clientId()))
                .put("map", new JsonObject()
                        .put("tileUrl", map.tileUrl().orElse(null))
                        .put("attribution", map.attribution().orElse(null))
                        .put("gcj02", map.gcj02()));
        rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }

    void fallback(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!isClientRoute(path)) {
            rc.next();
            return;
        }
        Buffer html = index();
        if (html == null) {
            Problems.send(rc, 503, "门户未构建 / Portal not built",
                    "单页应用缺失，请先构建 portal 模块 / The single-page app is missing: build the portal module (npm run build)");
            return;
        }
        // The shell must never be cached: it names the current hashed assets.
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(html);
    }

    static boolean isClientRoute(String path) {
        if (path == null || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals("/q")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private Buffer index() {
        Buffer cached = index;
        if (cached == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
                if (in == null) {
                    return null;
                }
                cached = Buffer.buffer(in.readAllBytes());
                index = cached;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }
}
