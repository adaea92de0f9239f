package io.yizhan.common.event;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import java.util.Map;

/**
 * The end of a consumer that takes a whole Kafka poll as one message: the channel acknowledges
 * nothing by itself then, so each record the consumer could not use is dead-lettered with its cause
 * (nack, the connector's failure strategy), and then the poll is acknowledged.
 */
public final class Polls {

    private Polls() {
    }

    public static <K, V> Uni<Void> settle(KafkaRecordBatch<K, V> poll, Map<KafkaRecord<K, V>, Throwable> dead) {
        return Multi.createFrom().iterable(dead.entrySet())
                .onItem().transformToUniAndConcatenate(entry ->
                        Uni.createFrom().completionStage(() -> entry.getKey().nack(entry.getValue())))
                .collect().last()
                .chain(() -> Uni.createFrom().completionStage(poll::ack));
    }
}
