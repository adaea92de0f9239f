package io.yizhan.partner.notify.messaging;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.EventRetryConfig;
import io.yizhan.common.event.Polls;
import io.yizhan.partner.notify.service.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four event topics → feeds, in consumer group {@code partner-service.notify} (the webhooks'
 * group reads station and locker events for partners at its own pace), a Kafka poll at a time in one
 * transaction. Live streams hear of a message only after its transaction committed (NOTIFY, in
 * {@link NotificationService#intake}).
 */
@ApplicationScoped
public class NotificationConsumer {

    private final CloudEventCodec codec;
    private final NotificationService service;
    private final EventRetryConfig retry;

    public NotificationConsumer(CloudEventCodec codec, NotificationService service, EventRetryConfig retry) {
        this.codec = codec;
        this.service = service;
        this.retry = retry;
    }

    @Incoming("notify-station-events")
    public Uni<Void> station(KafkaRecordBatch<String, String> poll) {
        return consume(poll);
    }

    @Incoming("notify-locker-events")
    public Uni<Void> locker(KafkaRecordBatch<String, String> poll) {
        return consume(poll);
    }

    @Incoming("notify-rating-events")
    public Uni<Void> rating(KafkaRecordBatch<String, String> poll) {
        return consume(poll);
    }

    @Incoming("notify-volunteer-events")
    public Uni<Void> volunteer(KafkaRecordBatch<String, String> poll) {
        return consume(poll);
    }

    /**
     * The poll's events in one transaction, retried while the failure may pass. Should it still fail,
     * each event is tried alone, so that only the one the database refuses goes to the dead-letter
     * topic; a record that is no event goes there at once ({@link Polls#settle}).
     */
    Uni<Void> consume(KafkaRecordBatch<String, String> poll) {
        Map<KafkaRecord<String, String>, CloudEvent> events = new LinkedHashMap<>();
        Map<KafkaRecord<String, String>, Throwable> dead = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : poll.getRecords()) {
            try {
                events.put(record, codec.read(record.getPayload()));
            } catch (RuntimeException e) {
                dead.put(record, e);
            }
        }
        Uni<Void> stored = events.isEmpty() ? Uni.createFrom().voidItem()
                : retry.retrying(service.intake(new ArrayList<>(events.values())), "NotificationConsumer")
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> oneByOne(events, dead));
        return stored.chain(() -> Polls.settle(poll, dead));
    }

    private Uni<Void> oneByOne(Map<KafkaRecord<String, String>, CloudEvent> events, Map<KafkaRecord<String, String>, Throwable> dead) {
        return Multi.createFrom().iterable(events.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> retry.retrying(service.intake(List.of(entry.getValue())), "NotificationConsumer")
                        .replaceWithVoid()
                        .onFailure().invoke(failure -> dead.put(entry.getKey(), failure))
                        .onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }
}
