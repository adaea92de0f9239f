package io.yizhan.volunteer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code yizhan.public.base-url}, env {@code YIZHAN_PUBLIC_BASE_URL}: the public origin of the portal
 * (scheme, host, optional port; no path), which routes {@code /api/v1/volunteers/...} here. A
 * volunteer's secret calendar link is written on it, so that a phone's calendar app reaches the feed
 * from outside. Set per environment as for rating-service: the local stack uses the portal on :8080
 * (platform.d/services.sh), Kubernetes the public host (k8s/base/platform.env).
 */
@ConfigMapping(prefix = "yizhan.public")
public interface PublicSiteConfig {

    @WithDefault("http://localhost:8080")
    String baseUrl();
}
