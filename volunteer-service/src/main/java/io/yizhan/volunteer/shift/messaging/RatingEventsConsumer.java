package io.yizhan.volunteer.shift.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.RetryTransient;
import io.yizhan.volunteer.shift.service.StationQrService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the stations' current wall QR versions from rating-events; other rating events are not ours. */
@ApplicationScoped
public class RatingEventsConsumer {

    static final String QR_ROTATED = "yizhan.rating.qr-rotated";

    private final CloudEventCodec codec;
    private final StationQrService qrCodes;

    public RatingEventsConsumer(CloudEventCodec codec, StationQrService qrCodes) {
        this.codec = codec;
        this.qrCodes = qrCodes;
    }

    // transient failures are retried with backoff before the dead-letter topic; malformed records are not
    @RetryTransient
    @Incoming("rating-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> QR_ROTATED.equals(event.type())
                        ? qrCodes.rotated(event, codec.data(event, QrRotation.class))
                        : Uni.createFrom().item(false))
                .replaceWithVoid();
    }
}
