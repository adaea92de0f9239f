package io.yizhan.locker.device;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A locker's controller as the tests drive it: its own MQTT identity (user = its OIDC client id), a
 * persistent session (commands sent while it is away wait at the broker), "online" on connecting and
 * a last will "offline". It does nothing by itself: the test decides when it acknowledges, what, and
 * how often — which is how duplicate, late and replayed acknowledgements are made.
 */
public final class TestDevice implements AutoCloseable {

    private static final Vertx VERTX = Vertx.vertx();

    private final String clientId;
    private final String password;
    private final BlockingQueue<JsonObject> commands = new LinkedBlockingQueue<>();
    private MqttClient client;

    public TestDevice(String clientId) {
        this(clientId, "pw-" + clientId);
        MosquittoResource.broker().addUser(clientId, password);
    }

    /** A device with a password of its own choosing (not registered at the broker unless the test does so). */
    public TestDevice(String clientId, String password) {
        this.clientId = clientId;
        this.password = password;
    }

    public String clientId() {
        return clientId;
    }

    /** Connects (keeping its session) and says it is online; fails when the broker refuses the credentials. */
    public TestDevice connect() {
        MqttClientOptions options = new MqttClientOptions().setClientId(clientId).setUsername(clientId).setPassword(password)
                .setCleanSession(false).setAutoKeepAlive(true)
                .setWillFlag(true).setWillQoS(1).setWillTopic(topic("status"))
                .setWillMessageBytes(Buffer.buffer(new JsonObject().put("online", false).encode()));
        client = MqttClient.create(VERTX, options);
        client.publishHandler(m -> commands.add(new JsonObject(m.payload())));
        await(client.connect(MosquittoResource.broker().port(), "127.0.0.1"));
        await(client.subscribe(topic("commands"), 1));
        publish("status", new JsonObject().put("online", true));
        return this;
    }

    /** Goes away cleanly (its session, and the commands queued in it, stay at the broker). */
    public void disconnect() {
        if (client != null && client.isConnected()) {
            await(client.disconnect());
        }
    }

    /** The next command the device received, or fails after {@code within}. */
    public JsonObject nextCommand(Duration within) {
        try {
            JsonObject c = commands.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            if (c == null) {
                throw new AssertionError("device " + clientId + " received no command within " + within);
            }
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Commands received and not yet taken by {@link #nextCommand}. */
    public int waiting() {
        return commands.size();
    }

    public void ack(String commandId, String outcome) {
        publish("acks", new JsonObject().put("id", commandId).put("outcome", outcome));
    }

    public void ack(String commandId, String outcome, String reason) {
        publish("acks", new JsonObject().put("id", commandId).put("outcome", outcome).put("reason", reason));
    }

    /** What the device counted: compartment number → units. */
    public void reportStock(Map<Integer, Integer> quantities) {
        JsonArray lines = new JsonArray();
        quantities.forEach((n, q) -> lines.add(new JsonObject().put("number", n).put("quantity", q)));
        publish("stock", new JsonObject().put("compartments", lines));
    }

    /** Publishes on one of its topics, or on any topic (to show the broker's ACL), at QoS 1. */
    public void publish(String kind, JsonObject body) {
        publishTo(topic(kind), body);
    }

    public void publishTo(String topic, JsonObject body) {
        await(client.publish(topic, body.toBuffer(), MqttQoS.AT_LEAST_ONCE, false, false));
    }

    public void subscribeTo(String filter) {
        await(client.subscribe(filter, 1));
    }

    public String topic(String kind) {
        return "yizhan/lockers/" + clientId + "/" + kind;
    }

    @Override
    public void close() {
        disconnect();
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
