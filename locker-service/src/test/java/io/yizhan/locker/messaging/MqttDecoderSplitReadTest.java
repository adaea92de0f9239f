package io.yizhan.locker.messaging;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device channel's MQTT client reads with Netty's {@link MqttDecoder} (8,092-byte limit, the Vert.x
 * client's default). A burst of device messages arrives in TCP reads that cut packets anywhere; a cut
 * inside a PUBLISH's topic must wait for the next read, not fail the connection. Netty 4.1.133 failed it
 * ("message length exceeds 8092: 63") and locker-service reconnected after every burst of the demo
 * devices' heartbeats, losing the messages in between; the parent pom pins the fixed decoder.
 */
class MqttDecoderSplitReadTest {

    static ByteBuf publish(String topic, String payload) {
        byte[] t = topic.getBytes(StandardCharsets.UTF_8);
        byte[] p = payload.getBytes(StandardCharsets.UTF_8);
        int remaining = 2 + t.length + 2 + p.length;   // QoS 1: topic, packet id, payload
        ByteBuf buf = Unpooled.buffer();
        buf.writeByte(0x32).writeByte(remaining);         // PUBLISH, QoS 1; remaining < 128: one length byte
        buf.writeShort(t.length).writeBytes(t).writeShort(7).writeBytes(p);
        return buf;
    }

    @Test
    void aPublishWhoseTopicArrivesInTwoReadsIsDecodedWhole() {
        EmbeddedChannel channel = new EmbeddedChannel(new MqttDecoder(8092));
        ByteBuf packet = publish("yizhan/lockers/demo-locker-fuzhou-07/status", "{\"online\":true}");
        int cut = 2 + 2 + 10;   // the fixed header, the topic's length and ten of its bytes

        channel.writeInbound(packet.retainedSlice(0, cut));
        assertThat((Object) channel.readInbound()).as("nothing decoded from half a topic").isNull();
        channel.writeInbound(packet.retainedSlice(cut, packet.readableBytes() - cut));

        MqttPublishMessage message = channel.readInbound();
        assertThat(message.decoderResult().isSuccess()).as(String.valueOf(message.decoderResult().cause())).isTrue();
        assertThat(message.fixedHeader().messageType()).isEqualTo(MqttMessageType.PUBLISH);
        assertThat(message.variableHeader().topicName()).isEqualTo("yizhan/lockers/demo-locker-fuzhou-07/status");
        assertThat(message.variableHeader().packetId()).isEqualTo(7);
        assertThat(message.payload().toString(StandardCharsets.UTF_8)).isEqualTo("{\"online\":true}");
        assertThat(channel.isActive()).isTrue();
        message.release();
        packet.release();
        channel.finishAndReleaseAll();
    }

    @Test
    void aBurstCutInsideEveryTopicLosesNoMessage() {
        EmbeddedChannel channel = new EmbeddedChannel(new MqttDecoder(8092));
        ByteBuf burst = Unpooled.buffer();
        for (int i = 1; i <= 60; i++) {
            burst.writeBytes(publish("yizhan/lockers/demo-locker-" + i + "/status", "{\"online\":true}"));
        }
        // reads of 37 bytes: every packet (61–62 bytes) is cut somewhere in its header, topic or payload
        while (burst.isReadable()) {
            channel.writeInbound(burst.readRetainedSlice(Math.min(37, burst.readableBytes())));
        }
        int decoded = 0;
        for (MqttPublishMessage m; (m = channel.readInbound()) != null; decoded++) {
            assertThat(m.decoderResult().isSuccess()).as(String.valueOf(m.decoderResult().cause())).isTrue();
            assertThat(m.variableHeader().topicName()).isEqualTo("yizhan/lockers/demo-locker-" + (decoded + 1) + "/status");
            m.release();
        }
        assertThat(decoded).isEqualTo(60);
        burst.release();
        channel.finishAndReleaseAll();
    }
}
