package io.yizhan.partner.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.partner.config.PartnerConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps webhook URLs from pointing into our own network (server-side request forgery): only http(s),
 * and no host that resolves to a loopback, private, link-local, unique-local, carrier-grade NAT,
 * multicast or unspecified address unless {@code allow-private-targets} is set (local runs). Checked
 * when a subscription is made and again before every delivery, since a name can be re-pointed; the
 * delivery then connects to the very address checked ({@link #pin}), not to a second lookup.
 */
@ApplicationScoped
public class WebhookTargets {

    /** A checked URL and the one address it was checked at, which the request must connect to. */
    public record Pinned(URI uri, InetAddress address) {
        public int port() {
            return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
    }

    private final PartnerConfig config;
    private final HostResolver resolver;

    public WebhookTargets(PartnerConfig config, HostResolver resolver) {
        this.config = config;
        this.resolver = resolver;
    }

    /** The URL if it is well-formed http(s); 400 naming {@code field} otherwise. */
    public static URI parse(String field, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest(field, "不是有效的网址 / not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.badRequest(field, "网址须以 http:// 或 https:// 开头 / the URL must use http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.badRequest(field, "网址缺少主机名 / the URL has no host");
        }
        if (uri.getUserInfo() != null) {
            throw ProblemException.badRequest(field, "网址不能包含用户名或密码 / the URL must not carry a user name or password");
        }
        return uri;
    }

    /**
     * Resolves the URL's host off the event loop and refuses it (400) if any address is not public.
     * Returns on the caller's Vert.x context, so a transaction can follow.
     */
    public Uni<URI> check(String field, String url) {
        return pin(field, url).map(Pinned::uri);
    }

    /**
     * Resolves the URL's host once, refuses it (400) if any address is not public (unless private
     * targets are allowed), and returns the first address: the caller connects there and nowhere else,
     * so a name that answers differently the second time (DNS rebinding) cannot steer the request into
     * our network. Returns on the caller's Vert.x context.
     */
    public Uni<Pinned> pin(String field, String url) {
        URI uri = parse(field, url);
        boolean allowPrivate = config.webhooks().allowPrivateTargets();
        Context context = Vertx.currentContext();
        Uni<Pinned> resolved = Uni.createFrom().item(() -> new Pinned(uri, resolve(field, uri.getHost(), allowPrivate)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? resolved : resolved.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private InetAddress resolve(String field, String host, boolean allowPrivate) {
        InetAddress[] addresses;
        try {
            // an IPv6 literal comes bracketed from the URI
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw ProblemException.badRequest(field, "无法解析主机名 " + host + " / the host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            throw ProblemException.badRequest(field, "无法解析主机名 " + host + " / the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowPrivate && !isPublic(address)) {
                throw ProblemException.badRequest(field, "网址指向内部网络地址，不予接受 / the URL points at a loopback or private"
                        + " network address (" + address.getHostAddress() + "); use a public address");
            }
        }
        return addresses[0];
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 198.18.0.0/15 benchmarking
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 198 && (second == 18 || second == 19));
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local; an IPv4-mapped address is judged by its IPv4 part
            if ((b[0] & 0xfe) == 0xfc) {
                return false;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
