package io.yizhan.partner.messaging;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.partner.WebhookReceiver;
import io.yizhan.partner.service.DeliveryService;
import io.yizhan.partner.service.HostResolver;
import io.yizhan.partner.service.WebhookSigner;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery connects to the address its target check resolved: one lookup per attempt, pinned. */
@QuarkusTest
class WebhookPinningTest {

    /** Answers a made-up name that no DNS knows, and counts how often it is asked. */
    static final class MadeUpName extends HostResolver {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            calls.incrementAndGet();
            if (host.equals("hooks.partner.test")) {
                return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
            }
            return InetAddress.getAllByName(host);
        }
    }

    @Inject
    DeliveryWorker worker;

    static DeliveryService.Claimed claimed(String url) {
        return new DeliveryService.Claimed(UUID.randomUUID(), UUID.randomUUID(), url, new WebhookSigner().newSecret(),
                "{\"specversion\":\"1.0\"}");
    }

    @Test
    void theRequestGoesToTheResolvedAddressWithTheUrlsHostName() throws Exception {
        MadeUpName resolver = new MadeUpName();
        QuarkusMock.installMockForType(resolver, HostResolver.class);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            int port = URI.create(receiver.url()).getPort();
            DeliveryService.Outcome outcome = worker.send(claimed("http://hooks.partner.test:" + port + "/hooks"))
                    .await().atMost(Duration.ofSeconds(20));
            assertThat(outcome.succeeded()).as("delivered: %s", outcome.error()).isTrue();
            assertThat(resolver.calls.get()).as("the name is looked up once, by the check").isEqualTo(1);
            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(got).hasSize(1);
            assertThat(got.get(0).header("host")).isEqualTo("hooks.partner.test:" + port);
        }
    }
}
