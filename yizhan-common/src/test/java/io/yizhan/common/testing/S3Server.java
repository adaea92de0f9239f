package io.yizhan.common.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real S3-compatible server (S3Proxy with jclouds' filesystem backend) in a child JVM on a free port,
 * started from the classpath the s3-server module resolves from Maven Central: what platform.d/s3.sh
 * runs in the local stack (docs/adr/0016-station-photos-s3.md). Path-style, AWS signature v2 or v4.
 */
public final class S3Server {

    public static final String ACCESS_KEY = "yizhan-test";
    public static final String SECRET_KEY = "yizhan-test-secret";

    private final Path dir;
    private final int port;
    private Process process;

    public S3Server() {
        try {
            this.dir = Files.createTempDirectory("yizhan-s3-");
            this.port = KafkaBroker.freePort();
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(dir.resolve("s3proxy.properties"), String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + dir.resolve("data"),
                    ""));
            // the s3proxy jar brings no logging configuration, and logback without one logs everything at DEBUG
            Files.writeString(dir.resolve("logback.xml"), "<configuration><appender name=\"F\" class=\"ch.qos.logback.core.FileAppender\">"
                    + "<file>" + dir.resolve("s3proxy-warn.log") + "</file><encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder>"
                    + "</appender><root level=\"WARN\"><appender-ref ref=\"F\"/></root></configuration>");
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare an S3 server", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms64m", "-Xmx256m",
                "-Dlogback.configurationFile=" + dir.resolve("logback.xml"), "-cp", serverClasspath(), "org.gaul.s3proxy.Main", "--properties", dir.resolve("s3proxy.properties").toString());
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start S3Proxy", e);
        }
        ChildServers.awaitPort(process, port, Duration.ofSeconds(60), "S3Proxy", dir.resolve("s3proxy.log"));
    }

    public synchronized void stop() {
        if (process != null) {
            ChildServers.stop(process);
            process = null;
        }
    }

    private static String serverClasspath() {
        return ChildServers.classpathOf("s3-server");
    }
}
