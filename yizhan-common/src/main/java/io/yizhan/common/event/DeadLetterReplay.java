package io.yizhan.common.event;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a service's dead letters (docs/operations: "Dead letters"): reads the dead-letter topic
 * ({@code <topic>.dlq.<service>}) from where the last replay stopped (consumer group
 * {@code yizhan-dlq-replay}, committed after each record is re-sent) to its end, and writes every
 * record back, same key and value, to the topic it came from (the connector's
 * {@code dead-letter-topic} header, else the name before {@code .dlq.}). Every consumer of that topic
 * sees the event again; they are idempotent (inbox, versioned replicas), so only the one that failed
 * does anything. Records are never deleted: a record that fails again lands in the dead-letter topic
 * again, after its retries, and can be replayed again once its cause is fixed.
 *
 * <pre>
 * java -cp yizhan-common.jar:kafka-clients.jar:... io.yizhan.common.event.DeadLetterReplay \
 *     --bootstrap 127.0.0.1:9092 --topic station-events.dlq.rating-service [--dry-run]
 * </pre>
 */
public final class DeadLetterReplay {

    static final String GROUP = "yizhan-dlq-replay";
    static final String ORIGIN_HEADER = "dead-letter-topic";

    /** What a run did. */
    public record Result(int replayed, Map<String, Integer> byTopic) {
    }

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap", "--topic" -> options.put(args[i], i + 1 < args.length ? args[++i] : null);
                case "--dry-run" -> options.put("--dry-run", "true");
                default -> usage("unknown argument " + args[i]);
            }
        }
        dryRun = options.containsKey("--dry-run");
        String topic = options.get("--topic");
        if (topic == null || !topic.contains(".dlq.")) {
            usage("--topic must name a dead-letter topic (<topic>.dlq.<service>)");
        }
        String bootstrap = options.getOrDefault("--bootstrap",
                System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        Result result = replay(bootstrap, topic, dryRun, System.out);
        System.out.printf("%s %d dead letters of %s: %s%n", dryRun ? "would replay" : "replayed", result.replayed(), topic, result.byTopic());
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: DeadLetterReplay --topic <topic>.dlq.<service> [--bootstrap host:port] [--dry-run]");
        System.exit(2);
    }

    /** Replays {@code dlqTopic} up to its end as of now; with {@code dryRun}, only lists and commits nothing. */
    public static Result replay(String bootstrap, String dlqTopic, boolean dryRun, PrintStream log) {
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP + "-" + dlqTopic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        Map<String, Integer> byTopic = new HashMap<>();
        int replayed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            consumer.subscribe(List.of(dlqTopic));
            int idle = 0;
            // the end as of now: stop after a few empty polls once assigned, so records dead-lettered meanwhile wait for the next run
            while (idle < 5) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    idle += consumer.assignment().isEmpty() ? 0 : 1;
                    continue;
                }
                idle = 0;
                for (ConsumerRecord<String, String> record : records) {
                    String origin = origin(record, dlqTopic);
                    log.printf("%s %s@%d → %s key=%s%n", dryRun ? "would replay" : "replay", dlqTopic, record.offset(), origin, record.key());
                    if (!dryRun) {
                        try {
                            producer.send(new ProducerRecord<>(origin, record.key(), record.value())).get();
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot write to " + origin, e);
                        }
                    }
                    byTopic.merge(origin, 1, Integer::sum);
                    replayed++;
                }
                if (!dryRun) {
                    consumer.commitSync();
                }
            }
        }
        return new Result(replayed, byTopic);
    }

    static String origin(ConsumerRecord<String, String> record, String dlqTopic) {
        Header header = record.headers().lastHeader(ORIGIN_HEADER);
        if (header != null && header.value() != null && header.value().length > 0) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        return dlqTopic.substring(0, dlqTopic.indexOf(".dlq."));
    }
}
