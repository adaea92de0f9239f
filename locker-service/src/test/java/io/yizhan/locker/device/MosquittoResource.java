package io.yizhan.locker.device;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts the test run's Mosquitto and points locker-service's device channel at it with the service's own credentials. */
public class MosquittoResource implements QuarkusTestResourceLifecycleManager {

    private static MosquittoBroker broker;

    public static synchronized MosquittoBroker broker() {
        if (broker == null) {
            broker = new MosquittoBroker();
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("mp.messaging.connector.smallrye-mqtt.port", Integer.toString(broker().port()),
                "mp.messaging.connector.smallrye-mqtt.host", "127.0.0.1",
                "mp.messaging.connector.smallrye-mqtt.username", MosquittoBroker.SERVICE_USER,
                "mp.messaging.connector.smallrye-mqtt.password", MosquittoBroker.SERVICE_PASSWORD);
    }

    @Override
    public void stop() {
        // shared by every Quarkus application of the run, like the Kafka broker; the JVM's exit stops it
    }
}
