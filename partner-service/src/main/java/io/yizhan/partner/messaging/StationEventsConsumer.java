package io.yizhan.partner.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.partner.service.EventIntakeService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/** station-events → station replica and webhook deliveries; unusable records are dead-lettered by the connector. */
@ApplicationScoped
public class StationEventsConsumer {

    /** Events carrying a station's whole state; others on the topic (daily visit counts) are not for partners. */
    static final Set<String> STATE_EVENTS = Set.of("yizhan.station.registered", "yizhan.station.updated",
            "yizhan.station.status-changed", "yizhan.station.hours-changed");

    private final CloudEventCodec codec;
    private final EventIntakeService intake;

    public StationEventsConsumer(CloudEventCodec codec, EventIntakeService intake) {
        this.codec = codec;
        this.intake = intake;
    }

    @Incoming("station-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> STATE_EVENTS.contains(event.type())
                        ? intake.station(event, codec.data(event, StationChange.class))
                        : Uni.createFrom().item(false))
                .replaceWithVoid();
    }
}
