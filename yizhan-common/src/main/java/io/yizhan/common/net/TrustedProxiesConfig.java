package io.yizhan.common.net;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * {@code yizhan.http.trusted-proxies}: the peers whose {@code X-Forwarded-For} a service believes
 * (addresses or CIDR blocks). The default trusts only this host, where the local stack's portal
 * runs; in a cluster set {@code YIZHAN_HTTP_TRUSTED_PROXIES} to the ingress controller's pod range.
 */
@ConfigMapping(prefix = "yizhan.http")
public interface TrustedProxiesConfig {

    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();
}
