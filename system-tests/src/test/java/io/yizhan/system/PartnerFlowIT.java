package io.yizhan.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.yizhan.client.partner.api.WebhookDeliveriesApi;
import io.yizhan.client.partner.api.WebhookSubscriptionsApi;
import io.yizhan.client.partner.model.DeliveryView;
import io.yizhan.client.partner.model.SubscriptionRequest;
import io.yizhan.client.partner.model.SubscriptionView;
import io.yizhan.client.station.api.StationSearchApi;
import io.yizhan.client.station.model.RoutePoint;
import io.yizhan.client.station.model.RouteSearch;
import io.yizhan.client.station.model.StationHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A courier platform's integration end to end, through the generated client only: a token by client
 * credentials from the real Keycloak, a webhook subscription, a station opened by Fuzhou's admin,
 * the signed webhook received and verified the way docs/partner-guide.md tells partners to, the
 * station found along a route, and the delivery in the partner's log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.extension.ExtendWith(SharedPlatform.class)
class PartnerFlowIT {

    record Received(String id, String timestamp, String signature, String body) {
    }

    PlatformStack stack;
    HttpServer receiver;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    @BeforeAll
    void start(PlatformStack platform) throws Exception {
        stack = platform;
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    String token(Map<String, String> form) {
        return given().contentType(ContentType.URLENC).formParams(form)
                .when().post(stack.keycloakUrl() + "/realms/yizhan/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** What a partner does with a webhook: refuse stale timestamps, recompute the HMAC, compare in constant time. */
    static boolean verify(String secret, Received hook) throws Exception {
        long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(hook.timestamp()));
        if (age > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((hook.id() + "." + hook.timestamp() + "." + hook.body()).getBytes(StandardCharsets.UTF_8));
        for (String candidate : hook.signature().split(" ")) {
            if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aPartnerSubscribesReceivesASignedWebhookAndFindsTheStationAlongItsRoute() throws Exception {
        String partnerToken = token(Map.of("grant_type", "client_credentials", "client_id", "partner-demo",
                "client_secret", "partner-demo-secret"));

        io.yizhan.client.partner.ApiClient partnerApi = new io.yizhan.client.partner.ApiClient();
        partnerApi.updateBaseUri(stack.serviceUrl("partner"));
        partnerApi.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + partnerToken));
        io.yizhan.client.station.ApiClient stationApi = new io.yizhan.client.station.ApiClient();
        stationApi.updateBaseUri(stack.serviceUrl("station"));
        stationApi.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + partnerToken));

        SubscriptionView subscription = new WebhookSubscriptionsApi(partnerApi).createSubscription(new SubscriptionRequest()
                .url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/yizhan")
                .eventTypes(List.of("station.opened"))
                .cities(List.of("fuzhou"))
                .description("端到端测试 / end-to-end test"), java.util.UUID.randomUUID().toString());
        assertThat(subscription.getSecret()).startsWith("whsec_");

        String admin = token(Map.of("grant_type", "password", "client_id", "yizhan-cli", "username", "fuzhou-admin",
                "password", "demo"));
        String stationId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "五一广场驿站", "address", "福州市鼓楼区五一中路 1 号", "district", "鼓楼区",
                        "lat", 26.0745, "lon", 119.3062, "type", "STANDALONE", "contactPhone", "13900002222"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "OPEN", "reason", "验收通过"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations/" + stationId + "/status")
                .then().statusCode(200);

        Received hook = received.poll(120, TimeUnit.SECONDS);
        assertThat(hook).as("a webhook within 120 s").isNotNull();
        assertThat(verify(subscription.getSecret(), hook)).as("signature verifies with the subscription's secret").isTrue();
        assertThat(verify("whsec_" + Base64.getEncoder().encodeToString(new byte[24]), hook)).as("another secret does not").isFalse();
        JsonNode event = new ObjectMapper().readTree(hook.body());
        assertThat(event.path("type").asText()).isEqualTo("station.opened");
        assertThat(event.path("id").asText()).isEqualTo(hook.id());
        assertThat(event.path("subject").asText()).isEqualTo(stationId);
        assertThat(event.path("data").path("name").asText()).isEqualTo("五一广场驿站");

        List<StationHit> along = new StationSearchApi(stationApi).apiV1StationsAlongRoutePost(new RouteSearch()
                        .points(List.of(new RoutePoint().lat(26.0600).lon(119.3000), new RoutePoint().lat(26.0900).lon(119.3100)))
                        .corridor(1000), null, null, null, null, null, null);
        assertThat(along).extracting(hit -> hit.getId().toString()).contains(stationId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<DeliveryView> log = new WebhookDeliveriesApi(partnerApi)
                    .listDeliveries(0, 20, null, subscription.getId().toString()).getItems();
            assertThat(log).anySatisfy(d -> {
                assertThat(d.getEventId().toString()).isEqualTo(hook.id());
                assertThat(d.getStatus()).isEqualTo("DELIVERED");
            });
        });
    }
}
