package io.yizhan.portal.proxy;

import io.yizhan.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The prefix table of docs/conventions.md §3: the first segment after {@code /api/v1/} names the
 * service. The Kubernetes Ingress routes the same way, so the browser sees one origin in both.
 */
@ApplicationScoped
public class UpstreamRoutes {

    static final String API = "/api/v1/";

    private final Map<String, URI> bySegment;

    public UpstreamRoutes(PortalConfig config) {
        PortalConfig.Upstreams u = config.upstreams();
        bySegment = Map.ofEntries(
                Map.entry("stations", u.station()), Map.entry("programme", u.station()), Map.entry("evaluation", u.station()),
                Map.entry("lockers", u.locker()), Map.entry("supplies", u.locker()), Map.entry("reservations", u.locker()),
                Map.entry("ratings", u.rating()), Map.entry("suggestions", u.rating()), Map.entry("satisfaction", u.rating()),
                Map.entry("volunteers", u.volunteer()), Map.entry("teams", u.volunteer()), Map.entry("shifts", u.volunteer()),
                Map.entry("wishes", u.volunteer()), Map.entry("donations", u.volunteer()), Map.entry("help", u.volunteer()),
                Map.entry("rights", u.volunteer()), Map.entry("membership", u.volunteer()),
                Map.entry("health-checks", u.volunteer()),
                Map.entry("partner", u.partner()), Map.entry("notifications", u.partner()));
    }

    /** The service base URL for a normalized request path, or empty when no service owns it. */
    public Optional<URI> target(String path) {
        if (path == null || !path.startsWith(API)) {
            return Optional.empty();
        }
        String rest = path.substring(API.length());
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.ofNullable(bySegment.get(segment));
    }
}
