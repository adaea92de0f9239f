package io.yizhan.partner.messaging;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.yizhan.partner.config.PartnerConfig;
import io.yizhan.partner.service.DeliveryService;
import io.yizhan.partner.service.DeliveryService.Claimed;
import io.yizhan.partner.service.DeliveryService.Outcome;
import io.yizhan.partner.service.WebhookSigner;
import io.yizhan.partner.service.WebhookTargets;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * Posts due deliveries to partners, apart from the consumers: a slow or dead partner costs this
 * worker a timeout and never holds back the event intake. Requests are signed afresh per attempt
 * (new timestamp, same {@code webhook-id}), and redirects are not followed, so a partner cannot
 * bounce us into our own network; the connection goes to the address the target check resolved,
 * never to a second lookup of the name (DNS rebinding).
 */
@ApplicationScoped
public class DeliveryWorker {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final DeliveryService deliveries;
    private final WebhookSigner signer;
    private final WebhookTargets targets;
    private final PartnerConfig config;
    private final WebClient client;
    private final Clock clock;

    public DeliveryWorker(DeliveryService deliveries, WebhookSigner signer, WebhookTargets targets, PartnerConfig config,
                          Vertx vertx, Clock clock) {
        this.clock = clock;
        this.deliveries = deliveries;
        this.signer = signer;
        this.targets = targets;
        this.config = config;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.webhooks().connectTimeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("Yizhan-Webhooks/1"));
    }

    /** One run (scheduled by jobs.PartnerJobs): claims due deliveries, sends them, records each attempt. */
    public Uni<Void> run() {
        return deliveries.claimDue(config.webhooks().batchSize())
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndMerge(claimed -> send(claimed)
                        .map(outcome -> new DeliveryService.Attempt(claimed.deliveryId(), outcome)))
                .collect().asList()
                .chain(attempts -> attempts.isEmpty() ? Uni.createFrom().voidItem() : deliveries.record(attempts))
                .onFailure().invoke(e -> Log.warnf(e, "webhook delivery run failed"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    Uni<Outcome> send(Claimed claimed) {
        long timestamp = clock.instant().getEpochSecond();
        String webhookId = claimed.eventId().toString();
        // resolved once and checked; the request goes to that address (Host header and TLS name from the URL)
        return targets.pin("url", claimed.url())
                .chain(target -> client.requestAbs(HttpMethod.POST,
                                SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()), claimed.url())
                        .timeout(config.webhooks().requestTimeout().toMillis())
                        .putHeader(HttpHeaders.CONTENT_TYPE.toString(), CONTENT_TYPE)
                        .putHeader("webhook-id", webhookId)
                        .putHeader("webhook-timestamp", Long.toString(timestamp))
                        .putHeader("webhook-signature", signer.sign(claimed.secret(), webhookId, timestamp, claimed.body()))
                        .sendBuffer(Buffer.buffer(claimed.body())))
                .map(response -> new Outcome(response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode()))
                .onFailure().recoverWithItem(e -> new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
