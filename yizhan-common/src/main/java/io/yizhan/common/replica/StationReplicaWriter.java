package io.yizhan.common.replica;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.MalformedEventException;
import io.yizhan.common.event.Polls;
import io.yizhan.common.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Applies station-events to a service's station replica: each event once (the inbox), never an older
 * version over a newer one, and a whole Kafka poll in one transaction so that a replay of thousands of
 * events costs a few statements per poll rather than a few per event.
 */
@ApplicationScoped
public class StationReplicaWriter {

    /** Events that carry a station's whole state; others on the topic (daily visit counts) are not for replicas. */
    public static final Set<String> STATE_EVENTS = Set.of("yizhan.station.registered", "yizhan.station.updated",
            "yizhan.station.status-changed", "yizhan.station.hours-changed");

    private final CloudEventCodec codec;
    private final Inbox inbox;
    private final ReplicaRows rows;
    private final Clock clock;

    public StationReplicaWriter(CloudEventCodec codec, Inbox inbox, ReplicaRows rows, Clock clock) {
        this.codec = codec;
        this.inbox = inbox;
        this.rows = rows;
        this.clock = clock;
    }

    /** One poll of station-events into {@code table}. */
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch, StationReplicaTable table) {
        return consume(batch, table, applied -> Uni.createFrom().voidItem());
    }

    /**
     * One poll of station-events into {@code table}; {@code alsoInTransaction} gets the events that
     * changed the replica, in order, and runs in the same transaction (partner-service writes the
     * webhook deliveries they cause there). A record that is not a usable event is dead-lettered on
     * its own, and the others are applied all the same; the channel acknowledges nothing by itself
     * (the method takes the batch as a message), so every record is acknowledged or dead-lettered here.
     */
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch, StationReplicaTable table,
                             Function<List<StationStateEvent>, Uni<?>> alsoInTransaction) {
        List<StationStateEvent> events = new ArrayList<>();
        List<KafkaRecord<String, String>> eventRecords = new ArrayList<>();
        Map<KafkaRecord<String, String>, Throwable> unusable = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                read(record.getPayload()).ifPresent(event -> {
                    events.add(event);
                    eventRecords.add(record);
                });
            } catch (RuntimeException e) {
                unusable.put(record, e);
            }
        }
        Uni<Void> applied = events.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.withTransaction(() -> apply(events, table).chain(alsoInTransaction::apply)).replaceWithVoid()
                // As with one record at a time: events the database refused go to the dead-letter topic.
                .onFailure().invoke(failure -> eventRecords.forEach(record -> unusable.put(record, failure)))
                .onFailure().recoverWithNull().replaceWithVoid();
        return applied.chain(() -> Polls.settle(batch, unusable));
    }

    /**
     * The station state event in a record, or empty for another event of the topic.
     *
     * @throws MalformedEventException when the record is not a usable event
     */
    public Optional<StationStateEvent> read(String record) {
        CloudEvent event = codec.read(record);
        if (!STATE_EVENTS.contains(event.type())) {
            return Optional.empty();
        }
        StationChange change = codec.data(event, StationChange.class);
        if (!change.complete()) {
            throw new MalformedEventException("station event without id, tenant, name or status");
        }
        return Optional.of(new StationStateEvent(event, change));
    }

    /**
     * Applies events in order inside the caller's transaction and returns those that changed the
     * replica: an event this table has recorded before is skipped, and so is one whose version is
     * not newer than the replica's (or than an earlier event's of the same poll).
     */
    public Uni<List<StationStateEvent>> apply(List<StationStateEvent> events, StationReplicaTable table) {
        return inbox.firstDeliveries(events.stream().map(StationStateEvent::envelope).toList(), table.consumer())
                .chain(fresh -> {
                    List<StationStateEvent> firsts = new ArrayList<>();
                    Set<UUID> taken = new HashSet<>();
                    for (StationStateEvent event : events) {
                        UUID id = event.envelope().id();
                        if (fresh.contains(id) && taken.add(id)) {
                            firsts.add(event);
                        }
                    }
                    if (firsts.isEmpty()) {
                        return Uni.createFrom().item(List.<StationStateEvent>of());
                    }
                    Set<UUID> stations = new LinkedHashSet<>();
                    firsts.forEach(event -> stations.add(event.change().id()));
                    return rows.versionsForUpdate(stations).chain(held -> {
                        Map<UUID, Long> versions = new HashMap<>(held);
                        Map<UUID, StationChange> newest = new LinkedHashMap<>();
                        List<StationStateEvent> changed = new ArrayList<>();
                        for (StationStateEvent event : firsts) {
                            StationChange change = event.change();
                            Long version = versions.get(change.id());
                            if (version == null || change.version() > version) {
                                versions.put(change.id(), change.version());
                                newest.put(change.id(), change);
                                changed.add(event);
                            }
                        }
                        return rows.upsert(table, newest.values(), OffsetDateTime.now(clock)).replaceWith(changed);
                    });
                });
    }
}
