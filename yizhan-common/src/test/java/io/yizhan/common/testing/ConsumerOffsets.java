package io.yizhan.common.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether a service's consumer group has processed everything on a topic: its committed offsets have
 * reached the end of every partition. The consumers commit only records they have acknowledged, so
 * this is "the event (and any duplicate written before it) was consumed", not "a while has passed".
 */
public final class ConsumerOffsets {

    private ConsumerOffsets() {
    }

    public static boolean caughtUp(String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers()))) {
            var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return partitions.stream().allMatch(p -> ends.get(p) == 0
                    || (committed.get(p) != null && committed.get(p).offset() >= ends.get(p)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + group + " on " + topic, e);
        }
    }
}
