package io.yizhan.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts one real S3-compatible server (S3Proxy, {@link S3Server}) for a module's test run and points the
 * service's {@code yizhan.s3.*} settings at it.
 */
public class S3ServerResource implements QuarkusTestResourceLifecycleManager {

    private static S3Server server;

    public static synchronized S3Server server() {
        if (server == null) {
            server = new S3Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("yizhan.s3.endpoint", server().endpoint(),
                "yizhan.s3.access-key", S3Server.ACCESS_KEY,
                "yizhan.s3.secret-key", S3Server.SECRET_KEY);
    }

    @Override
    public void stop() {
        // The server outlives one Quarkus application so that test profiles share it; the JVM's exit stops it.
    }
}
