package io.yizhan.portal.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.yizhan.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A strict Content-Security-Policy on everything the portal serves (docs/adr/0010-portal-token-and-csp.md):
 * script only from the portal's own files (Vite emits no inline script), connections only to the
 * portal itself (which routes {@code /api/v1}) and to Keycloak's origin, images from the portal and
 * the configured tile server. Should a user-typed string still reach the DOM as HTML, the browser
 * refuses to run what it carries.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final String policy;

    public SecurityHeaders(PortalConfig config) {
        this.policy = policy(config);
    }

    void register(@Observes Router router) {
        // first of all routes, so the SPA shell, assets, /config.json and the proxy's own problems carry it
        router.route().order(-100).handler(this::headers);
    }

    void headers(RoutingContext rc) {
        String path = rc.normalizedPath();
        // the API's answers are the services' own (JSON); a policy on them would be noise
        if (path == null || !path.startsWith("/api/")) {
            rc.response().headers()
                    .set("Content-Security-Policy", policy)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Referrer-Policy", "same-origin")
                    .set("X-Frame-Options", "DENY");
        }
        rc.next();
    }

    String policy() {
        return policy;
    }

    static String policy(PortalConfig config) {
        String keycloak = origin(config.oidc().authority()).orElseThrow(() ->
                new IllegalArgumentException("yizhan.portal.oidc.authority is not an absolute URL: " + config.oidc().authority()));
        Set<String> images = new LinkedHashSet<>();
        images.add("'self'");
        images.add("data:");   // Leaflet's and Element Plus's small inline icons
        images.add("blob:");
        config.map().tileUrl().flatMap(SecurityHeaders::origin).ifPresent(images::add);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                // Element Plus, ECharts' tooltips and Leaflet's marker icons write style attributes;
                // styles cannot run script, so they are allowed inline (the ADR says why)
                "style-src 'self' 'unsafe-inline'",
                "img-src " + String.join(" ", images),
                "font-src 'self' data:",
                "connect-src 'self' " + keycloak,
                "frame-src 'none'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + keycloak,
                "frame-ancestors 'none'");
    }

    /** scheme://host[:port] of a URL or of a tile template ({@code {s}} subdomains become a wildcard). */
    static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.replace("{s}", "tiles-wildcard")
                    .replaceAll("\\{[a-z]+}", "0"));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().replace("tiles-wildcard", "*");
            return Optional.of(uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
