package io.yizhan.portal;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-ins for the services behind the portal: small JDK HTTP servers on free ports that record
 * what reached them and answer with who they are. The partner service is pointed at a port nobody
 * listens on, to see how the portal answers when a service is down.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public record Seen(String service, String method, String uri, Map<String, List<String>> headers, String body) {
    }

    public static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    /** Per service, what its next answer is: status and body (default 200 echo). */
    public static final Map<String, Integer> NEXT_STATUS = new ConcurrentHashMap<>();

    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("station", "locker", "rating", "volunteer")) {
            HttpServer server = stub(service);
            config.put("yizhan.portal.upstreams." + service, "http://127.0.0.1:" + server.getAddress().getPort());
        }
        config.put("yizhan.portal.upstreams.partner", "http://127.0.0.1:" + closedPort());
        config.put("yizhan.portal.oidc.authority", "http://keycloak.test:8180/realms/yizhan");
        config.put("yizhan.portal.map.tile-url", "https://tiles.test/{z}/{x}/{y}.png");
        return config;
    }

    private HttpServer stub(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                SEEN.add(new Seen(service, exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        Map.copyOf(exchange.getRequestHeaders()), body));
                int status = NEXT_STATUS.getOrDefault(service, 200);
                String json = status >= 400
                        ? "{\"status\":" + status + ",\"title\":\"无权操作 / Forbidden\"}"
                        : "{\"service\":\"" + service + "\",\"uri\":\"" + exchange.getRequestURI() + "\"}";
                exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
                exchange.getResponseHeaders().add("X-Stub", service);
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            servers.add(server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("stub " + service + " did not start", e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        servers.forEach(s -> s.stop(0));
    }
}
