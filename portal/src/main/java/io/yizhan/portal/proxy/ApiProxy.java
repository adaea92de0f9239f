package io.yizhan.portal.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.yizhan.portal.config.PortalConfig;
import io.yizhan.portal.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams {@code /api/v1/...} to the service that owns the prefix and its answer back, untouched:
 * the services check tokens, tenancy and input themselves, so the portal adds no rule of its own.
 * Only when no service owns the path (404), the service cannot be reached (502/504) or the browser
 * does not finish sending its body in time (408) does the portal answer, in the same problem+json
 * shape the services use.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** Connection-scoped headers (RFC 9110 §7.6.1) belong to one hop and are never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final Vertx vertx;
    private final UpstreamRoutes routes;
    private final HttpClient client;
    private final long timeoutMs;
    private final long bodyDeadlineMs;

    public ApiProxy(Vertx vertx, UpstreamRoutes routes, PortalConfig config) {
        this.vertx = vertx;
        this.routes = routes;
        this.timeoutMs = config.upstreamTimeout().toMillis();
        this.bodyDeadlineMs = config.bodyDeadline().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000).setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(64));
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(-100).handler(this::forward);
    }

    void forward(RoutingContext rc) {
        HttpServerRequest in = rc.request();
        URI target = routes.target(rc.normalizedPath()).orElse(null);
        if (target == null) {
            Problems.send(rc, 404, "未找到 / Not found",
                    "没有服务处理此路径 / No service serves " + rc.normalizedPath());
            return;
        }
        in.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(target.getHost())
                .setPort(target.getPort() > 0 ? target.getPort() : 80)
                .setURI(in.uri())
                .setTimeout(timeoutMs);
        copyHeaders(in.headers(), options.getHeaders() == null ? initHeaders(options) : options.getHeaders());
        options.putHeader("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
        options.putHeader("X-Forwarded-Proto", in.scheme());
        if (in.remoteAddress() != null) {
            options.putHeader("X-Forwarded-For", in.remoteAddress().hostAddress());
        }
        boolean hasBody = in.headers().contains("Content-Length") || in.headers().contains("Transfer-Encoding");
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        if (hasBody) {
            // A body trickled in a byte at a time would hold a connection to the browser and one to the
            // service for as long as the sender likes (the idle timeout never fires): it must be complete
            // by the deadline, or the browser gets a 408 and both connections close.
            long deadline = vertx.setTimer(bodyDeadlineMs, id -> tooSlow(rc, sent.get()));
            in.end().onComplete(done -> vertx.cancelTimer(deadline));
        }
        client.request(options)
                .compose(out -> {
                    sent.set(out);
                    return hasBody ? out.send(in) : out.send();
                })
                .onSuccess(upstream -> relay(rc, upstream))
                .onFailure(failure -> {
                    in.resume();
                    if (!rc.response().ended()) {
                        unreachable(rc, target, failure);
                    }
                });
    }

    private static MultiMap initHeaders(RequestOptions options) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        options.setHeaders(headers);
        return headers;
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(e -> {
            if (!HOP_BY_HOP.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                to.add(e.getKey(), e.getValue());
            }
        });
    }

    private static void relay(RoutingContext rc, HttpClientResponse upstream) {
        var response = rc.response().setStatusCode(upstream.statusCode());
        if (upstream.statusMessage() != null) {
            response.setStatusMessage(upstream.statusMessage());
        }
        copyHeaders(upstream.headers(), response.headers());
        response.send(upstream).onFailure(f -> LOG.debugf("response to the browser broke off: %s", f.getMessage()));
    }

    private static void tooSlow(RoutingContext rc, HttpClientRequest upstream) {
        LOG.infof("request body for %s not complete in time: 408, connection closed", rc.normalizedPath());
        // answer first: cutting the service's request below fails it, and that failure must not answer too
        rc.response().putHeader("Connection", "close");
        Problems.send(rc, 408, "请求超时 / Request timeout",
                "请求内容未在时限内发送完毕 / The request body did not arrive in time");
        // the rest of the body is never read, so the connection cannot serve another request
        rc.request().connection().close();
        if (upstream != null) {
            upstream.reset();
        }
    }

    private static void unreachable(RoutingContext rc, URI target, Throwable failure) {
        LOG.warnf("upstream %s for %s failed: %s", target, rc.normalizedPath(), failure.toString());
        if (failure instanceof TimeoutException || String.valueOf(failure.getMessage()).contains("timeout")) {
            Problems.send(rc, 504, "服务响应超时 / Service timed out",
                    "服务未及时响应，请稍后重试 / The service did not answer in time; try again shortly");
        } else {
            Problems.send(rc, 502, "服务暂不可用 / Service unavailable",
                    "无法连接后端服务，请稍后重试 / The service behind this path cannot be reached; try again shortly");
        }
    }
}
