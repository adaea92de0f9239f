package io.yizhan.partner.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.MalformedEventException;
import io.yizhan.common.inbox.Inbox;
import io.yizhan.partner.StationReplica;
import io.yizhan.partner.mapping.PartnerEventMapper;
import io.yizhan.partner.messaging.StationChange;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Applies one platform event, once: keeps the station replica and writes the webhook deliveries it
 * causes, in one transaction with the inbox row. Nothing here waits for a partner.
 */
@ApplicationScoped
public class EventIntakeService {

    static final String STATION_CONSUMER = "partner-service.station-webhooks";
    static final String LOCKER_CONSUMER = "partner-service.locker-webhooks";

    private final Inbox inbox;
    private final StationReplicaRepository replicas;
    private final DeliveryService deliveries;

    public EventIntakeService(Inbox inbox, StationReplicaRepository replicas, DeliveryService deliveries) {
        this.inbox = inbox;
        this.replicas = replicas;
        this.deliveries = deliveries;
    }

    /** A station state event: the replica takes a newer version; a stale one causes no webhook either. */
    @WithTransaction
    public Uni<Boolean> station(CloudEvent event, StationChange change) {
        if (change.id() == null || change.tenant() == null || change.name() == null || change.status() == null) {
            return Uni.createFrom().failure(new MalformedEventException("station event without id, tenant, name or status"));
        }
        return inbox.once(event, STATION_CONSUMER, () -> replicas.findById(change.id()).chain(existing -> {
            if (existing != null && existing.version > change.version()) {
                return Uni.createFrom().voidItem();
            }
            StationReplica replica = existing != null ? existing : new StationReplica();
            replica.id = change.id();
            replica.tenant = change.tenant();
            replica.name = change.name();
            replica.status = change.status();
            replica.lat = change.lat();
            replica.lon = change.lon();
            replica.version = change.version();
            replica.updatedAt = OffsetDateTime.now();
            return replicas.persist(replica)
                    .chain(() -> PartnerEventMapper.fromStation(event, change)
                            .map(deliveries::fanOut).orElse(Uni.createFrom().item(0)))
                    .replaceWithVoid();
        }));
    }

    /** A locker event, placed at its station by the replica (a station not yet known matches city filters only). */
    @WithTransaction
    public Uni<Boolean> locker(CloudEvent event) {
        UUID stationId;
        try {
            stationId = UUID.fromString(event.data().path("stationId").asText(event.subject()));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new MalformedEventException("locker event without a station id"));
        }
        return inbox.once(event, LOCKER_CONSUMER, () -> replicas.findById(stationId)
                .chain(station -> PartnerEventMapper.fromLocker(event, station)
                        .map(deliveries::fanOut).orElse(Uni.createFrom().item(0))));
    }
}
