package io.yizhan.station.evaluation.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.RetryTransient;
import io.yizhan.station.evaluation.service.SignalIntake;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Duty check-ins, health-check sessions and butler help requests from volunteer-events. */
@ApplicationScoped
public class VolunteerEventsConsumer {

    static final String CHECKED_IN = "yizhan.volunteer.checked-in";
    static final String HEALTH_CHECK = "yizhan.volunteer.health-check-recorded";
    static final String HELP_PREFIX = "yizhan.volunteer.help-";

    private final CloudEventCodec codec;
    private final SignalIntake intake;

    public VolunteerEventsConsumer(CloudEventCodec codec, SignalIntake intake) {
        this.codec = codec;
        this.intake = intake;
    }

    // transient failures are retried with backoff before the dead-letter topic; malformed records are not
    @RetryTransient
    @Incoming("volunteer-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record)).chain(this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (CHECKED_IN.equals(event.type())) {
            return intake.checkIn(codec.data(event, ActivityFacts.CheckIn.class)).replaceWithVoid();
        }
        if (HEALTH_CHECK.equals(event.type())) {
            return intake.healthCheck(codec.data(event, ActivityFacts.HealthCheck.class)).replaceWithVoid();
        }
        if (event.type().startsWith(HELP_PREFIX)) {
            return intake.help(codec.data(event, ActivityFacts.Help.class));
        }
        return Uni.createFrom().voidItem();
    }
}
