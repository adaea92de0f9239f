package io.yizhan.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.partner.PartnerFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class SubscriptionResourceTest {

    static final String URL = "http://127.0.0.1:9/hooks";

    static void refused(String clientId, Map<String, Object> body, String field) {
        given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/partner/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void aSubscriptionShowsItsSecretOnlyWhenCreated() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        var created = given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON)
                .body(Map.of("url", URL, "eventTypes", List.of("station.opened", "locker.restocked"), "cities", List.of("fuzhou")))
                .when().post("/api/v1/partner/subscriptions")
                .then().statusCode(201).body("secret", startsWith("whsec_")).body("status", equalTo("ACTIVE"))
                .body("cities", equalTo(List.of("fuzhou"))).extract();
        String id = created.path("id");
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/subscriptions/{id}", id)
                .then().statusCode(200).body("secret", nullValue()).body("eventTypes", hasSize(2));
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/subscriptions")
                .then().statusCode(200).body("", hasSize(1)).body("[0].secret", nullValue());
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyReturnsTheFirstSubscription() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        Map<String, Object> body = Map.of("url", URL, "eventTypes", List.of("station.opened"));
        var first = given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body(body).when().post("/api/v1/partner/subscriptions").then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body(body).when().post("/api/v1/partner/subscriptions")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).body("secret", equalTo(first.path("secret")));
        given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body(Map.of("url", URL, "eventTypes", List.of("station.closed"))).when().post("/api/v1/partner/subscriptions")
                .then().statusCode(422);
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/subscriptions").then().body("", hasSize(1));
    }

    @Test
    void aBoxSubscriptionKeepsItsCorners() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON)
                .body(Map.of("url", URL, "eventTypes", List.of("station.closed"), "bbox", "119.2,26.0,119.4,26.2"))
                .when().post("/api/v1/partner/subscriptions")
                .then().statusCode(201).body("bbox", equalTo(List.of(119.2f, 26.0f, 119.4f, 26.2f)))
                .body("cities", nullValue());
    }

    @Test
    void unknownEventTypesAndBadFiltersAre400() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId, List.of("fuzhou"), List.of("webhooks"));
        refused(clientId, Map.of("url", URL, "eventTypes", List.of("station.exploded")), "eventTypes");
        refused(clientId, Map.of("url", URL, "eventTypes", List.of()), "eventTypes");
        refused(clientId, Map.of("url", URL, "eventTypes", List.of("station.opened"), "cities", List.of("xiamen")), "cities");
        refused(clientId, Map.of("url", URL, "eventTypes", List.of("station.opened"), "bbox", "119.2,26.0,119.4"), "bbox");
        refused(clientId, Map.of("url", URL, "eventTypes", List.of("station.opened"), "bbox", "119.4,26.0,119.2,26.2"), "bbox");
        refused(clientId, Map.of("url", URL, "eventTypes", List.of("station.opened"), "bbox", "a,b,c,d"), "bbox");
        refused(clientId, Map.of("url", URL, "eventTypes", List.of("station.opened"), "bbox", "119.2,26.0,119.4,26.2",
                "cities", List.of("fuzhou")), "bbox");
        refused(clientId, Map.of("url", "ftp://example.com/x", "eventTypes", List.of("station.opened")), "url");
        refused(clientId, Map.of("url", "not a url", "eventTypes", List.of("station.opened")), "url");
        refused(clientId, Map.of("url", "https://user:pw@example.com/x", "eventTypes", List.of("station.opened")), "url");
    }

    @Test
    void aPartnerSeesOnlyItsOwnSubscriptionsAndDeliveries() {
        String a = PartnerFixture.newClientId();
        String b = PartnerFixture.newClientId();
        PartnerFixture.register(a);
        PartnerFixture.register(b);
        String id = PartnerFixture.subscribe(a, Map.of("url", URL, "eventTypes", List.of("station.opened"))).get("id");

        given().auth().oauth2(TestTokens.partner(b)).when().get("/api/v1/partner/subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner(b)).when().delete("/api/v1/partner/subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner(b)).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().patch("/api/v1/partner/subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner(b)).when().post("/api/v1/partner/subscriptions/{id}/test", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner(b)).when().get("/api/v1/partner/subscriptions").then().body("", hasSize(0));
        given().auth().oauth2(TestTokens.partner(b)).queryParam("subscriptionId", id).when().get("/api/v1/partner/deliveries")
                .then().statusCode(404);

        given().auth().oauth2(TestTokens.partner(a)).when().post("/api/v1/partner/subscriptions/{id}/test", id)
                .then().statusCode(202).body("eventType", equalTo("webhook.test"));
        given().auth().oauth2(TestTokens.partner(b)).when().get("/api/v1/partner/deliveries").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.partner(a)).when().get("/api/v1/partner/deliveries").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aPartnerWithoutTheWebhooksScopeCannotSubscribe() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId, List.of("fuzhou"), List.of("stations.read"));
        given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON)
                .body(Map.of("url", URL, "eventTypes", List.of("station.opened")))
                .when().post("/api/v1/partner/subscriptions")
                .then().statusCode(403).body("detail", containsString("webhooks"));
    }

    @Test
    void onlyPartnersManageSubscriptions() {
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/partner/subscriptions").then().statusCode(403);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/partner/deliveries").then().statusCode(403);
        given().when().get("/api/v1/partner/subscriptions").then().statusCode(401);
    }

    @Test
    void aDeletedSubscriptionIsGoneWithItsLog() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        String id = PartnerFixture.subscribe(clientId, Map.of("url", URL, "eventTypes", List.of("station.opened"))).get("id");
        given().auth().oauth2(TestTokens.partner(clientId)).when().post("/api/v1/partner/subscriptions/{id}/test", id).then().statusCode(202);
        given().auth().oauth2(TestTokens.partner(clientId)).when().delete("/api/v1/partner/subscriptions/{id}", id).then().statusCode(204);
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/deliveries").then().body("total", equalTo(0));
    }

    @Test
    void aStatusOtherThanActiveOrSuspendedIs400() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        String id = PartnerFixture.subscribe(clientId, Map.of("url", URL, "eventTypes", List.of("station.opened"))).get("id");
        given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON).body(Map.of("status", "DELETED"))
                .when().patch("/api/v1/partner/subscriptions/{id}", id)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.partner(clientId)).queryParam("status", "LOST").when().get("/api/v1/partner/deliveries")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }
}
