package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.MalformedEventException;
import io.yizhan.common.inbox.Inbox;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.locker.messaging.MemberJoined;
import io.yizhan.locker.repository.SupplyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Records union members from member-joined events: once per event, and a member recorded twice stays one member. */
@ApplicationScoped
public class UnionMemberService {

    static final String CONSUMER = "locker-service.union-members";

    private final SupplyRepository supplies;
    private final Inbox inbox;
    private final Clock clock;

    public UnionMemberService(SupplyRepository supplies, Inbox inbox, Clock clock) {
        this.clock = clock;
        this.supplies = supplies;
        this.inbox = inbox;
    }

    /** Returns whether the event was new to this consumer. */
    @WithTransaction
    public Uni<Boolean> joined(CloudEvent event, MemberJoined member) {
        if (member.subject() == null || member.subject().isBlank() || !Tenants.isCity(member.tenant()) || member.membershipId() == null) {
            return Uni.createFrom().failure(new MalformedEventException("member-joined without subject, city or membershipId"));
        }
        return inbox.once(event, CONSUMER, () -> supplies.recordMember(member.subject(), member.tenant(),
                "volunteer-service/" + member.membershipId(), OffsetDateTime.now(clock)));
    }
}
