package io.yizhan.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where the portal sends API calls, and what the browser is told about login and the map. */
@ConfigMapping(prefix = "yizhan.portal")
public interface PortalConfig {

    Upstreams upstreams();

    /** How long one proxied call may take before the browser gets a 504. */
    Duration upstreamTimeout();

    /** How long the browser has to send a request body in full before it gets a 408 (slow-body hold-up). */
    @WithDefault("10s")
    Duration bodyDeadline();

    Oidc oidc();

    Map map();

    /** Base URL of each service (scheme, host, port); the request path is appended unchanged. */
    interface Upstreams {
        URI station();

        URI locker();

        URI rating();

        URI volunteer();

        URI partner();
    }

    interface Oidc {
        /** The issuer the browser logs in at, e.g. {@code http://localhost:8180/realms/yizhan}. */
        String authority();

        String clientId();
    }

    interface Map {
        /** Leaflet URL template of the base map; absent: the bundled outline of Fujian. */
        Optional<String> tileUrl();

        Optional<String> attribution();

        /** Tiles drawn in GCJ-02 (AMap, most Chinese providers): the SPA shifts WGS-84 points to match. */
        @WithDefault("false")
        boolean gcj02();
    }
}
