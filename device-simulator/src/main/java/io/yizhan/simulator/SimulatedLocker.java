package io.yizhan.simulator;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One demo locker's controller on the device channel: its own identity and password, a persistent
 * session (commands sent while it is away wait at the broker), "online" on connecting and every
 * {@code alive-every}, its last will "offline", and the answers {@link Behaviour} decides.
 */
final class SimulatedLocker {

    private final Vertx vertx;
    private final String id;
    private final String password;
    private final SimulatorConfig config;
    private final Behaviour behaviour;
    private final List<JsonObject> owed = new ArrayList<>();   // answers held back while "offline"
    private MqttClient client;
    private boolean away;

    SimulatedLocker(Vertx vertx, String id, String password, SimulatorConfig config, Behaviour behaviour) {
        this.vertx = vertx;
        this.id = id;
        this.password = password;
        this.config = config;
        this.behaviour = behaviour;
    }

    void start() {
        connect();
        vertx.setPeriodic(config.aliveEvery().toMillis(), t -> {
            if (!away) {
                publish("status", new JsonObject().put("online", true));
            }
        });
    }

    private void connect() {
        MqttClientOptions options = new MqttClientOptions().setClientId(id).setUsername(id).setPassword(password)
                .setCleanSession(false).setAutoKeepAlive(true).setKeepAliveInterval(30)
                .setWillFlag(true).setWillQoS(1).setWillTopic(topic("status"))
                .setWillMessageBytes(Buffer.buffer(new JsonObject().put("online", false).encode()));
        client = MqttClient.create(vertx, options);
        client.publishHandler(m -> onCommand(new JsonObject(m.payload())));
        client.closeHandler(v -> {
            if (!away) {
                vertx.setTimer(5000, t -> connect());     // the network dropped us: try again
            }
        });
        client.connect(config.mqttPort(), config.mqttHost()).onSuccess(ack -> {
            client.subscribe(topic("commands"), 1);
            publish("status", new JsonObject().put("online", true));
            owed.forEach(answer -> publish("acks", answer));  // the late answers of what happened while away
            owed.clear();
        }).onFailure(e -> {
            Log.warnf("%s: cannot connect (%s), retrying", id, e.getMessage());
            vertx.setTimer(5000, t -> connect());
        });
    }

    private void onCommand(JsonObject command) {
        String commandId = command.getString("id");
        String expires = command.getString("expiresAt");
        Behaviour.Decision d = behaviour.decide(commandId, command.getString("type"),
                expires == null ? null : OffsetDateTime.parse(expires), Instant.now());
        JsonObject answer = new JsonObject().put("id", commandId).put("outcome", d.outcome());
        if (d.reason() != null) {
            answer.put("reason", d.reason());
        }
        if (d.dropFirst()) {
            Log.infof("%s: losing the connection in the middle of %s", id, commandId);
            owed.add(answer);
            away = true;
            client.disconnect();
            vertx.setTimer(config.outage().toMillis(), t -> {
                away = false;
                connect();
            });
            return;
        }
        vertx.setTimer(Math.max(1, d.delay().toMillis()), t -> {
            if (away) {
                owed.add(answer);
            } else {
                publish("acks", answer);
            }
        });
    }

    private void publish(String kind, JsonObject body) {
        if (client != null && client.isConnected()) {
            client.publish(topic(kind), body.toBuffer(), MqttQoS.AT_LEAST_ONCE, false, false);
        }
    }

    private String topic(String kind) {
        return "yizhan/lockers/" + id + "/" + kind;
    }
}
