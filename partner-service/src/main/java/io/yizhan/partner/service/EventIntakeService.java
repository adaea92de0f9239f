package io.yizhan.partner.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.MalformedEventException;
import io.yizhan.common.inbox.Inbox;
import io.yizhan.common.replica.StationStateEvent;
import io.yizhan.partner.mapping.PartnerEventMapper;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Writes the webhook deliveries platform events cause, in one transaction with their inbox rows (the
 * station replica's are yizhan-common's StationReplicaWriter's). Nothing here waits for a partner.
 */
@ApplicationScoped
public class EventIntakeService {

    static final String LOCKER_CONSUMER = "partner-service.locker-webhooks";

    private final Inbox inbox;
    private final StationReplicaRepository replicas;
    private final DeliveryService deliveries;

    public EventIntakeService(Inbox inbox, StationReplicaRepository replicas, DeliveryService deliveries) {
        this.inbox = inbox;
        this.replicas = replicas;
        this.deliveries = deliveries;
    }

    /**
     * The deliveries of station events that changed the replica, in order, inside the writer's
     * transaction: a stale or redelivered event changed nothing and causes no webhook either.
     */
    public Uni<Void> stationChanges(List<StationStateEvent> applied) {
        return Multi.createFrom().iterable(applied)
                .onItem().transformToUniAndConcatenate(event ->
                        PartnerEventMapper.fromStation(event.envelope(), event.change())
                                .map(deliveries::fanOut).orElse(Uni.createFrom().item(0)))
                .collect().last().replaceWithVoid();
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
