package io.yizhan.locker.messaging;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.event.RetryTransient;
import io.yizhan.locker.service.UnionMemberService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Union members from volunteer-service's approvals, for "members only" items and the one-time gift
 * pack. Other volunteer events are not this service's business; unusable records are dead-lettered.
 */
@ApplicationScoped
public class VolunteerEventsConsumer {

    static final String MEMBER_JOINED = "yizhan.volunteer.member-joined";

    private final CloudEventCodec codec;
    private final UnionMemberService members;

    public VolunteerEventsConsumer(CloudEventCodec codec, UnionMemberService members) {
        this.codec = codec;
        this.members = members;
    }

    // transient failures are retried with backoff before the dead-letter topic; malformed records are not
    @RetryTransient
    @Incoming("volunteer-events")
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> codec.read(record))
                .chain(event -> MEMBER_JOINED.equals(event.type())
                        ? members.joined(event, codec.data(event, MemberJoined.class))
                        : Uni.createFrom().item(false))
                .replaceWithVoid();
    }
}
