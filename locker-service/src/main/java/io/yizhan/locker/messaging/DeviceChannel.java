package io.yizhan.locker.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.mqtt.MqttMessage;
import io.smallrye.reactive.messaging.mqtt.ReceivingMqttMessageMetadata;
import io.yizhan.locker.config.DeviceChannelConfig;
import io.yizhan.locker.service.DeviceCommandService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The MQTT side of the device channel (ADR 0012). Out: a command to {@code <prefix>/<client id>/commands}
 * at QoS 1. In: everything devices publish under {@code <prefix>/+/+}, one message after another (so a
 * device's acknowledgement is applied before the stock report it sent after it). The broker's ACL lets a
 * device publish only under its own client id, so the id in the topic is the device's identity. A message
 * that cannot be read is logged and dropped: one broken device must not stop the others' channel.
 */
@ApplicationScoped
public class DeviceChannel {

    private final MutinyEmitter<String> out;
    private final DeviceCommandService commands;
    private final DeviceChannelConfig config;
    private final ObjectMapper json;

    public DeviceChannel(@Channel("device-commands") MutinyEmitter<String> out, DeviceCommandService commands,
                         DeviceChannelConfig config, ObjectMapper json) {
        this.out = out;
        this.commands = commands;
        this.config = config;
        this.json = json;
    }

    /** Hands a command to the broker and completes when the broker has it (PUBACK); times out rather than hang the relay. */
    public Uni<Void> send(DeviceCommandService.Outgoing outgoing) {
        String payload;
        try {
            payload = json.writeValueAsString(outgoing.command());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        String topic = config.topicPrefix() + "/" + outgoing.deviceClientId() + "/commands";
        return out.sendMessage(MqttMessage.of(topic, payload, MqttQoS.AT_LEAST_ONCE)).ifNoItem().after(Duration.ofSeconds(10)).fail();
    }

    @Incoming("device-messages")
    public Uni<Void> receive(Message<byte[]> message) {
        String topic = message.getMetadata(ReceivingMqttMessageMetadata.class).map(ReceivingMqttMessageMetadata::getTopic).orElse("");
        String body = new String(message.getPayload(), StandardCharsets.UTF_8);
        String[] parts = topic.substring(Math.min(topic.length(), config.topicPrefix().length() + 1)).split("/");
        Uni<?> handled;
        try {
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("unexpected topic " + topic);
            }
            String device = parts[0];
            handled = switch (parts[1]) {
                case "acks" -> commands.acknowledge(device, json.readValue(body, DeviceMessages.Ack.class));
                case "stock" -> commands.stockReport(device, json.readValue(body, DeviceMessages.StockReport.class), body);
                case "status" -> commands.status(device, json.readValue(body, DeviceMessages.Status.class).online());
                default -> Uni.createFrom().voidItem();      // our own commands topic, and anything newer devices may add
            };
        } catch (Exception e) {
            Log.warnf("device channel: unreadable message on %s dropped (%s)", topic, e.getMessage());
            handled = Uni.createFrom().voidItem();
        }
        return handled.onFailure().recoverWithItem(e -> {
                    Log.errorf(e, "device channel: message on %s not applied", topic);
                    return null;
                })
                .chain(() -> Uni.createFrom().completionStage(message.ack()));
    }
}
