package io.yizhan.common.it;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.inbox.Inbox;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inbox on the real database: a consumer applies an event once, however often it is delivered. */
@QuarkusTest
@TestProfile(CommonTestProfile.class)
class InboxTest {

    @Inject
    Inbox inbox;

    static CloudEvent event(UUID id) {
        return new CloudEvent("1.0", id, "/test", "yizhan.test.happened", OffsetDateTime.now(), "s", "fuzhou",
                "application/json", JsonNodeFactory.instance.objectNode());
    }

    static <T> T inTransaction(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }

    @Test
    void theSecondDeliveryOfAnEventIsSkipped() throws Throwable {
        CloudEvent event = event(UUID.randomUUID());
        AtomicInteger applied = new AtomicInteger();
        Supplier<Uni<?>> change = () -> Uni.createFrom().item(applied::incrementAndGet);

        assertThat(inTransaction(() -> inbox.once(event, "test.consumer", change))).isTrue();
        assertThat(inTransaction(() -> inbox.once(event, "test.consumer", change))).isFalse();
        assertThat(applied).hasValue(1);
    }

    @Test
    void eachConsumerAppliesTheEventOnceOfItsOwn() throws Throwable {
        CloudEvent event = event(UUID.randomUUID());
        AtomicInteger applied = new AtomicInteger();
        Supplier<Uni<?>> change = () -> Uni.createFrom().item(applied::incrementAndGet);

        assertThat(inTransaction(() -> inbox.once(event, "test.one", change))).isTrue();
        assertThat(inTransaction(() -> inbox.once(event, "test.two", change))).isTrue();
        assertThat(applied).hasValue(2);
    }

    @Test
    void aChangeThatFailsLeavesNoRecordSoTheRedeliveryAppliesIt() throws Throwable {
        CloudEvent event = event(UUID.randomUUID());
        assertThatThrownBy(() -> inTransaction(() -> inbox.once(event, "test.consumer",
                () -> Uni.createFrom().failure(new IllegalStateException("database said no")))))
                .hasMessageContaining("database said no");

        AtomicInteger applied = new AtomicInteger();
        assertThat(inTransaction(() -> inbox.once(event, "test.consumer",
                () -> Uni.createFrom().item(applied::incrementAndGet)))).isTrue();
        assertThat(applied).hasValue(1);
    }

    @Test
    void aWholePollIsRecordedAtOnceAndOnlyFirstDeliveriesComeBack() throws Throwable {
        UUID seen = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        inTransaction(() -> inbox.firstDeliveries(List.of(event(seen)), "test.batch"));

        // a poll with an event seen before, two new ones, and one of them twice
        Set<UUID> fresh = inTransaction(() -> inbox.firstDeliveries(
                List.of(event(seen), event(a), event(b), event(a)), "test.batch"));
        assertThat(fresh).containsExactlyInAnyOrder(a, b);
        assertThat(inTransaction(() -> inbox.firstDeliveries(List.of(event(a), event(b)), "test.batch"))).isEmpty();
        assertThat(inTransaction(() -> inbox.firstDeliveries(List.of(), "test.batch"))).isEmpty();
    }
}
