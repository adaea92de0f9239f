package io.yizhan.rating.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code yizhan.public.base-url}, env {@code YIZHAN_PUBLIC_BASE_URL}: the public origin of the portal
 * (scheme, host, optional port; no path). The wall poster's QR code carries a link on it, so that a
 * phone that scans the code opens the portal's page for the station rather than an API's JSON. Set
 * per environment: the local stack uses the portal on :8080, Kubernetes the ingress host
 * (k8s/base/platform-config.yaml). The key is {@code yizhan.public.base-url} rather than
 * {@code yizhan.public-base-url} because a mapping's prefix must be a parent of its keys, and a
 * mapping of all of {@code yizhan.*} would reject every other service key as unknown; the
 * environment variable is the same for both spellings.
 */
@ConfigMapping(prefix = "yizhan.public")
public interface PublicSiteConfig {

    @WithDefault("http://localhost:8080")
    String baseUrl();
}
