package io.yizhan.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** What the tests' child-process servers (Kafka, S3Proxy, Mosquitto) share: waiting for their port, stopping, their classpath. */
public final class ChildServers {

    private ChildServers() {
    }

    /** Returns once the child listens on {@code port}; fails when it exits first or does not listen in time. */
    public static void awaitPort(Process process, int port, Duration timeout, String name, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited, see " + log);
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException(name + " not listening on " + port + " after " + timeout + ", see " + log);
    }

    /** SIGTERM, then up to 20 s for the child to end. */
    public static void stop(Process process) {
        process.destroy();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The classpath a runtime module (kafka-broker, s3-server) wrote into {@code <module>.classpath}. */
    public static String classpathOf(String module) {
        String resource = module + ".classpath";
        try (InputStream in = ChildServers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the test classpath: "
                        + "add io.yizhan:" + module + " at test scope (built by the " + module + " module)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
