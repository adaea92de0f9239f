package io.yizhan.station.evaluation.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.RetryTransient;
import io.yizhan.station.evaluation.service.SignalIntake;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Ratings from rating-events. The evaluation keeps each rating's score and time rather than
 * rating-service's 30-day figure, so its window and threshold can follow the province's rules.
 */
@ApplicationScoped
public class RatingEventsConsumer {

    static final String SUBMITTED = "yizhan.rating.rating-submitted";

    private final CloudEventCodec codec;
    private final SignalIntake intake;

    public RatingEventsConsumer(CloudEventCodec codec, SignalIntake intake) {
        this.codec = codec;
        this.intake = intake;
    }

    // transient failures are retried with backoff before the dead-letter topic; malformed records are not
    @RetryTransient
    @Incoming("rating-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> SUBMITTED.equals(event.type())
                        ? intake.rating(codec.data(event, ActivityFacts.Rating.class))
                        : Uni.createFrom().voidItem());
    }
}
