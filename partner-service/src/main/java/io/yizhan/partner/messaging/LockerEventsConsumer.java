package io.yizhan.partner.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.RetryTransient;
import io.yizhan.partner.service.EventIntakeService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/** locker-events → webhook deliveries for restocks and low stock; reservations never leave the platform. */
@ApplicationScoped
public class LockerEventsConsumer {

    static final Set<String> FOR_PARTNERS = Set.of("yizhan.locker.restocked", "yizhan.locker.stock-low");

    private final CloudEventCodec codec;
    private final EventIntakeService intake;

    public LockerEventsConsumer(CloudEventCodec codec, EventIntakeService intake) {
        this.codec = codec;
        this.intake = intake;
    }

    // transient failures are retried with backoff before the dead-letter topic; malformed records are not
    @RetryTransient
    @Incoming("locker-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> FOR_PARTNERS.contains(event.type()) ? intake.locker(event) : Uni.createFrom().item(false))
                .replaceWithVoid();
    }
}
