package io.yizhan.partner.service;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.partner.PartnerFixture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** One partner cannot crowd out the others: a cap on subscriptions, and a fair share of each worker run. */
@QuarkusTest
@TestProfile(PartnerFairnessTest.Profile.class)
class PartnerFairnessTest {

    /** A small cap to reach, and no worker runs of its own: the test takes the due deliveries itself. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yizhan.partner.max-subscriptions", "3",
                    "yizhan.partner.webhooks.per-partner-per-run", "4",
                    "yizhan.jobs.webhook-delivery.every", "1h");
        }
    }

    @Inject
    DeliveryService deliveries;

    static int subscribe(String clientId, int n) {
        return given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks-" + n, "eventTypes", List.of("station.opened")))
                .when().post("/api/v1/partner/subscriptions").then().extract().statusCode();
    }

    @Test
    void aPartnerHoldsAtMostTheConfiguredSubscriptionsEvenWhenItAsksInParallel() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        assertThat(subscribe(clientId, 0)).isEqualTo(201);
        List<CompletableFuture<Integer>> burst = IntStream.range(1, 7)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> subscribe(clientId, i))).toList();
        List<Integer> statuses = burst.stream().map(CompletableFuture::join).toList();
        assertThat(statuses.stream().filter(s -> s == 201).count()).as("2 more fit under the cap of 3: %s", statuses).isEqualTo(2);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(4);
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/subscriptions")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(3));
        // another partner is not held to the first one's count
        String other = PartnerFixture.newClientId();
        PartnerFixture.register(other);
        assertThat(subscribe(other, 0)).isEqualTo(201);
    }

    @Test
    void aPartnersBacklogDoesNotStarveTheOthersInAWorkerRun() throws Throwable {
        String big = PartnerFixture.newClientId();
        String bigId = PartnerFixture.register(big);
        String bigSub = PartnerFixture.subscribe(big, Map.of("url", "http://127.0.0.1:9/big", "eventTypes", List.of("station.opened"))).get("id");
        String small = PartnerFixture.newClientId();
        String smallId = PartnerFixture.register(small);
        String smallSub = PartnerFixture.subscribe(small, Map.of("url", "http://127.0.0.1:9/small", "eventTypes", List.of("station.opened"))).get("id");
        OffsetDateTime now = OffsetDateTime.now();
        // the big partner's 30 deliveries are all older than the small one's 2
        for (int i = 0; i < 30; i++) {
            pending(bigSub, bigId, now.minusHours(2).plusSeconds(i));
        }
        pending(smallSub, smallId, now.minusMinutes(1));
        pending(smallSub, smallId, now.minusSeconds(30));

        List<DeliveryService.Claimed> run = VertxContextSupport.subscribeAndAwait(() -> deliveries.claimDue(6));
        List<String> urls = new ArrayList<>(run.stream().map(DeliveryService.Claimed::url).toList());
        assertThat(urls).hasSize(6);
        assertThat(urls.stream().filter(u -> u.endsWith("/small")).count()).as("the small partner's both go in this run").isEqualTo(2);
        assertThat(urls.stream().filter(u -> u.endsWith("/big")).count()).as("at most 4 of one partner per run").isEqualTo(4);
        // round robin: the first two taken are one of each
        assertThat(urls.subList(0, 2)).containsExactlyInAnyOrder("http://127.0.0.1:9/big", "http://127.0.0.1:9/small");
    }

    private static void pending(String subscriptionId, String partnerId, OffsetDateTime due) {
        Arc.container().instance(Pool.class).get().preparedQuery("""
                        INSERT INTO delivery (id, subscription_id, partner_id, event_id, event_type, body, status, attempts,
                                              next_attempt_at, created_at)
                        VALUES ($1, $2, $3, $4, 'station.opened', '{}', 'PENDING', 0, $5, $5)""")
                .execute(Tuple.of(UUID.randomUUID(), UUID.fromString(subscriptionId), UUID.fromString(partnerId), UUID.randomUUID(), due))
                .await().indefinitely();
    }
}
