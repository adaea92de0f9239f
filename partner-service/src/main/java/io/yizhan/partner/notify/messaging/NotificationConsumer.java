package io.yizhan.partner.notify.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.RetryTransient;
import io.yizhan.partner.notify.mapping.NotificationRules;
import io.yizhan.partner.notify.service.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The four event topics → feeds, in consumer group {@code partner-service.notify} (the webhooks'
 * group reads station and locker events for partners at its own pace). Live streams hear of a
 * message only after its transaction committed (NOTIFY, in {@link NotificationService#intake}).
 */
@ApplicationScoped
public class NotificationConsumer {

    private final CloudEventCodec codec;
    private final NotificationService service;

    public NotificationConsumer(CloudEventCodec codec, NotificationService service) {
        this.codec = codec;
        this.service = service;
    }

    @RetryTransient
    @Incoming("notify-station-events")
    public Uni<Void> station(String record) {
        return consume(record);
    }

    @RetryTransient
    @Incoming("notify-locker-events")
    public Uni<Void> locker(String record) {
        return consume(record);
    }

    @RetryTransient
    @Incoming("notify-rating-events")
    public Uni<Void> rating(String record) {
        return consume(record);
    }

    @RetryTransient
    @Incoming("notify-volunteer-events")
    public Uni<Void> volunteer(String record) {
        return consume(record);
    }

    Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> NotificationRules.handles(event.type())
                        ? service.intake(event).replaceWithVoid()
                        : Uni.createFrom().voidItem());
    }
}
