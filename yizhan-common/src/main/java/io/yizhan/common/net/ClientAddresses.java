package io.yizhan.common.net;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The client address of a request, by {@link TrustedProxies}' rule and {@code yizhan.http.trusted-proxies}. */
@ApplicationScoped
public class ClientAddresses {

    private final TrustedProxies proxies;

    public ClientAddresses(TrustedProxiesConfig config) {
        this.proxies = TrustedProxies.of(config.trustedProxies());
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String client = proxies.clientAddress(peer, request.headers().getAll("X-Forwarded-For"));
        return client == null ? "unknown" : client;
    }
}
