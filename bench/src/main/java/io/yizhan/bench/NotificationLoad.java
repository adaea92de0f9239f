package io.yizhan.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load driver of bench/notify-bench.sh: shift reminders on {@code volunteer-events} at a steady rate,
 * each for one of SUBSCRIBERS volunteers (subjects {@code bench-sub-N}), exactly as volunteer-service's
 * outbox relay writes them (CloudEvents, keyed by station, acks=all, idempotent). It publishes what a
 * service would; what is measured is partner-service's notification consumer behind it.
 *
 * <pre>NotificationLoad BOOTSTRAP STATIONS_FILE RATE SECONDS SUBSCRIBERS SENT_CSV</pre>
 *
 * Writes {@code event id,sent epoch ms} per event to SENT_CSV (the script joins it with the stored
 * notifications); prints one JSON line: events, acked, errors, seconds, achieved events/s.
 */
public final class NotificationLoad {

    private NotificationLoad() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        List<String> stations = Files.readAllLines(Path.of(args[1])).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int subscribers = Integer.parseInt(args[4]);
        Path sent = Path.of(args[5]);
        if (stations.isEmpty()) {
            throw new IllegalArgumentException("no stations in " + args[1]);
        }
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2);
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(sent))) {
            start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                // an open schedule: each event at its slot, however late the previous ones were acknowledged
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String station = stations.get(i % stations.size());
                UUID id = UUID.randomUUID();
                Instant now = Instant.now();
                producer.send(new ProducerRecord<>("volunteer-events", station, reminder(id, station, "bench-sub-" + (i % subscribers), now)),
                        (meta, e) -> (e == null ? acked : errors).incrementAndGet());
                out.println(id + "," + now.toEpochMilli());
            }
            producer.flush();
        }
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf("{\"events\": %d, \"acked\": %d, \"errors\": %d, \"seconds\": %.1f, \"events_per_s\": %.1f}%n",
                total, acked.get(), errors.get(), took, total / took);
    }

    static String reminder(UUID id, String station, String subject, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.ofHours(8));
        return """
                {"specversion":"1.0","id":"%s","source":"/volunteer-service","type":"yizhan.volunteer.shift-reminder","time":"%s",\
                "subject":"%s","tenant":"fuzhou","datacontenttype":"application/json","data":{"shiftId":"%s","stationId":"%s",\
                "tenant":"fuzhou","volunteerId":"%s","subject":"%s","title":"驿站管家值班","startsAt":"%s","reminder":"DAY_BEFORE"}}"""
                .formatted(id, at, station, UUID.randomUUID(), station, UUID.nameUUIDFromBytes(subject.getBytes()), subject,
                        at.plusDays(1));
    }
}
