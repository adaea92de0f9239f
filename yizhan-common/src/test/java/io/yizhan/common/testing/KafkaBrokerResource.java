package io.yizhan.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts one real Kafka broker for a module's test run and points the service at it. Tests reach
 * the broker through {@link #broker()} to read topics or to simulate an outage.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = new KafkaBroker();
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::kill));
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives one Quarkus application so that test profiles share it; the JVM's exit stops it.
    }
}
