package io.yizhan.station.evaluation.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.RetryTransient;
import io.yizhan.station.evaluation.service.SignalIntake;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Locker pickups from locker-events: uses of the station and evidence that it was open. */
@ApplicationScoped
public class LockerEventsConsumer {

    static final String PICKED_UP = "yizhan.locker.item-picked-up";

    private final CloudEventCodec codec;
    private final SignalIntake intake;

    public LockerEventsConsumer(CloudEventCodec codec, SignalIntake intake) {
        this.codec = codec;
        this.intake = intake;
    }

    // transient failures are retried with backoff before the dead-letter topic; malformed records are not
    @RetryTransient
    @Incoming("locker-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> PICKED_UP.equals(event.type())
                        ? intake.pickup(codec.data(event, ActivityFacts.Pickup.class)).replaceWithVoid()
                        : Uni.createFrom().voidItem());
    }
}
