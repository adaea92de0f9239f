package io.yizhan.common.it;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands where the OpenTelemetry collector stands in Kubernetes: an HTTP endpoint on a free port that
 * takes what the services' OTLP exporter posts (http/protobuf) and answers 200 as a collector does.
 * The protobuf is kept as bytes; its strings (service name, span names, routes) are UTF-8 inside it.
 */
public class OtlpReceiver implements QuarkusTestResourceLifecycleManager {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** Each export as "path body", the body read as ISO-8859-1 so that every byte survives. */
    static List<String> received() {
        return List.copyOf(RECEIVED);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            RECEIVED.add(exchange.getRequestURI().getPath() + " " + new String(body, StandardCharsets.ISO_8859_1));
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                // export at once rather than every 5 s
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
