package io.yizhan.common.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft) in a child JVM on free ports, started from the classpath
 * the kafka-broker module resolves. It can be killed and started again on the same ports and data,
 * which is how tests simulate an outage.
 */
public final class KafkaBroker {

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    public KafkaBroker() {
        try {
            this.dir = Files.createTempDirectory("yizhan-kafka-");
            this.port = freePort();
            this.controllerPort = freePort();
            writeConfig();
            format();
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        process = launch(List.of("kafka.Kafka", dir.resolve("server.properties").toString()), dir.resolve("broker.log"));
        awaitPort(Duration.ofSeconds(60));
    }

    /** Kills the broker as an outage would (SIGKILL), keeping its data for a restart. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private void writeConfig() throws IOException {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Files.writeString(dir.resolve("server.properties"), config);
        Files.writeString(dir.resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.file.ref=file",
                "appender.file.type=File",
                "appender.file.name=file",
                "appender.file.fileName=" + dir.resolve("kafka.log"),
                "appender.file.layout.type=PatternLayout",
                "appender.file.layout.pattern=%d %p %c{1} %m%n",
                "logger.server.name=kafka.server.KafkaRaftServer",
                "logger.server.level=INFO",
                ""));
    }

    private void format() {
        Process formatter = launch(List.of("kafka.tools.StorageTool", "format", "--config",
                dir.resolve("server.properties").toString(), "--cluster-id", randomClusterId(), "--standalone"),
                dir.resolve("format.log"));
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                throw new IllegalStateException("Kafka storage format failed, see " + dir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process launch(List<String> mainAndArgs, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms128m", "-Xmx512m",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp", brokerClasspath()));
        command.addAll(mainAndArgs);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + mainAndArgs.get(0), e);
        }
    }

    private void awaitPort(Duration timeout) {
        ChildServers.awaitPort(process, port, timeout, "Kafka broker", dir.resolve("broker.log"));
    }

    private static String brokerClasspath() {
        return ChildServers.classpathOf("kafka-broker");
    }

    /**
     * KRaft cluster ids are 16 random bytes in URL-safe base64 without padding; like Kafka's own
     * generator, refuse one that starts with '-', which the storage tool would read as an option.
     */
    private static String randomClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
