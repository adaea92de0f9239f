package io.yizhan.partner.messaging;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.yizhan.partner.RestrictedProfile;
import io.yizhan.partner.WebhookReceiver;
import io.yizhan.partner.service.DeliveryService;
import io.yizhan.partner.service.HostResolver;
import io.yizhan.partner.service.WebhookTargets;
import io.yizhan.common.problem.ProblemException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DNS rebinding, as in production (private targets refused): the name answers a public address to
 * the check and loopback afterwards. The request must never reach loopback.
 */
@QuarkusTest
@TestProfile(RestrictedProfile.class)
class WebhookRebindingTest {

    static final String PUBLIC = "203.0.113.10";   // TEST-NET-3: public by its class, reachable nowhere

    /** First answer public, every later one 127.0.0.1, where our receiver listens. */
    static final class Rebinding extends HostResolver {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            byte[] address = calls.getAndIncrement() == 0 ? new byte[] {(byte) 203, 0, 113, 10} : new byte[] {127, 0, 0, 1};
            return new InetAddress[] {InetAddress.getByAddress(host, address)};
        }
    }

    @Inject
    DeliveryWorker worker;

    @Inject
    WebhookTargets targets;

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsNeverConnectedTo() throws Exception {
        Rebinding resolver = new Rebinding();
        QuarkusMock.installMockForType(resolver, HostResolver.class);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            int port = URI.create(receiver.url()).getPort();
            DeliveryService.Outcome outcome = worker.send(WebhookPinningTest.claimed("http://rebind.partner.test:" + port + "/hooks"))
                    .await().atMost(Duration.ofSeconds(30));
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.error()).as("the connection went to the checked address").contains(PUBLIC);
            assertThat(receiver.received()).as("nothing reached loopback").isEmpty();
            assertThat(resolver.calls.get()).isEqualTo(1);

            // the next attempt checks afresh, gets loopback and refuses before connecting
            DeliveryService.Outcome next = worker.send(WebhookPinningTest.claimed("http://rebind.partner.test:" + port + "/hooks"))
                    .await().atMost(Duration.ofSeconds(30));
            assertThat(next.succeeded()).isFalse();
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void aNameWithAnyPrivateAnswerAmongItsAddressesIsRefused() {
        QuarkusMock.installMockForType(new HostResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 10}),
                        InetAddress.getByAddress(host, new byte[] {10, 0, 0, 5})};
            }
        }, HostResolver.class);
        assertThatThrownBy(() -> targets.pin("url", "https://mixed.partner.test/hooks").await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("10.0.0.5");
    }
}
