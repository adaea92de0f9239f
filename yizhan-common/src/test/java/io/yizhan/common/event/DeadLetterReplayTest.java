package io.yizhan.common.event;

import io.yizhan.common.testing.KafkaBrokerResource;
import io.yizhan.common.testing.TopicReader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dead letters of a consumer go back to their topic once, against a real broker on this machine. */
class DeadLetterReplayTest {

    private static void deadLetter(String dlq, String origin, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(dlq, key, value);
            if (origin != null) {
                // as SmallRye's dead-letter-queue strategy writes it
                record.headers().add("dead-letter-topic", origin.getBytes(StandardCharsets.UTF_8))
                        .add("dead-letter-reason", "database restarting".getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        }
    }

    @Test
    void deadLettersAreWrittenBackToTheirTopicOnceAndADryRunChangesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String topic = "station-events-" + run;
        String dlq = topic + ".dlq.rating-service";
        deadLetter(dlq, topic, "station-1", "{\"id\":\"e-1\"}");
        deadLetter(dlq, null, "station-2", "{\"id\":\"e-2\"}");   // no header: the name before .dlq. says where from
        String bootstrap = KafkaBrokerResource.broker().bootstrapServers();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        DeadLetterReplay.Result dry = DeadLetterReplay.replay(bootstrap, dlq, true, quiet);
        assertThat(dry.replayed()).isEqualTo(2);
        assertThat(TopicReader.read(topic, r -> true, found -> false, Duration.ofSeconds(2))).isEmpty();

        DeadLetterReplay.Result done = DeadLetterReplay.replay(bootstrap, dlq, false, quiet);
        assertThat(done.replayed()).isEqualTo(2);
        assertThat(done.byTopic()).containsEntry(topic, 2);
        var back = TopicReader.read(topic, r -> true, found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(back).extracting(r -> r.key() + "=" + r.value())
                .containsExactlyInAnyOrder("station-1={\"id\":\"e-1\"}", "station-2={\"id\":\"e-2\"}");

        // a second run finds nothing new; a letter dead-lettered later is replayed by the next run alone
        assertThat(DeadLetterReplay.replay(bootstrap, dlq, false, quiet).replayed()).isZero();
        deadLetter(dlq, topic, "station-3", "{\"id\":\"e-3\"}");
        assertThat(DeadLetterReplay.replay(bootstrap, dlq, false, quiet).replayed()).isEqualTo(1);
    }
}
