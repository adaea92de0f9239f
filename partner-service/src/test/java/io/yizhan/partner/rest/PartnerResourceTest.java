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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PartnerResourceTest {

    static Map<String, Object> body(String clientId, List<String> cities, List<String> scopes) {
        return Map.of("clientId", clientId, "name", "极兔速递", "contactName", "李四", "contactEmail", "ops@example.com",
                "cities", cities, "scopes", scopes);
    }

    @Test
    void theProvinceAdminRegistersAPartnerThatThenReadsItsOwnUsage() {
        String clientId = PartnerFixture.newClientId();
        String id = PartnerFixture.register(clientId, List.of("fuzhou"), List.of("webhooks"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/partner/partners/{id}", id)
                .then().statusCode(200).body("clientId", equalTo(clientId)).body("status", equalTo("ACTIVE"))
                .body("cities", equalTo(List.of("fuzhou"))).body("statusLabel", containsString("正常"));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("size", 200).when().get("/api/v1/partner/partners")
                .then().statusCode(200).body("items.clientId", hasItem(clientId));
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/me")
                .then().statusCode(200).body("partner.id", equalTo(id)).body("subscriptions", equalTo(0))
                .body("deliveriesPending", equalTo(0));
    }

    @Test
    void onlyTheProvinceAdminRegistersPartners() {
        for (String token : List.of(TestTokens.cityAdmin("fuzhou"), TestTokens.worker(), TestTokens.partner())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(body(PartnerFixture.newClientId(), List.of("fuzhou"), List.of("webhooks")))
                    .when().post("/api/v1/partner/partners")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(body(PartnerFixture.newClientId(), List.of("fuzhou"), List.of("webhooks")))
                .when().post("/api/v1/partner/partners").then().statusCode(401);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/partner/partners").then().statusCode(403);
    }

    @Test
    void unknownCitiesScopesAndMalformedClientIdsAreRefusedByName() {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body(PartnerFixture.newClientId(), List.of("fuzhou", "shanghai"), List.of("webhooks")))
                .when().post("/api/v1/partner/partners")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("cities"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body(PartnerFixture.newClientId(), List.of("fuzhou"), List.of("admin")))
                .when().post("/api/v1/partner/partners")
                .then().statusCode(400).body("violations[0].field", equalTo("scopes"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body("Bad Client!", List.of("fuzhou"), List.of("webhooks")))
                .when().post("/api/v1/partner/partners")
                .then().statusCode(400).body("violations[0].field", containsString("clientId"));
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyIsReplayed() {
        Map<String, Object> body = body(PartnerFixture.newClientId(), List.of("fuzhou"), List.of("webhooks"));
        String id = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).header("Idempotency-Key", "reg-1")
                .body(body).when().post("/api/v1/partner/partners").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).header("Idempotency-Key", "reg-1")
                .body(body).when().post("/api/v1/partner/partners")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
    }

    @Test
    void aClientIdIsRegisteredOnce() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body(clientId, List.of("fuzhou"), List.of("webhooks")))
                .when().post("/api/v1/partner/partners").then().statusCode(409);
    }

    @Test
    void aSuspendedPartnersTokensAreRefusedUntilReactivated() {
        String clientId = PartnerFixture.newClientId();
        String id = PartnerFixture.register(clientId);
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/subscriptions").then().statusCode(200);

        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/partner/partners/{id}/suspend", id)
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/subscriptions")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("suspended"));
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/me").then().statusCode(403);

        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/partner/partners/{id}/reactivate", id)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(TestTokens.partner(clientId)).when().get("/api/v1/partner/me").then().statusCode(200);
    }

    @Test
    void aPartnerTokenOfAnUnregisteredClientIsRefused() {
        given().auth().oauth2(TestTokens.partner("never-registered")).when().get("/api/v1/partner/me")
                .then().statusCode(403).body("detail", containsString("not a registered partner"));
    }

    @Test
    void anUnknownPartnerIsNotFound() {
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/partner/partners/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/partner/partners/not-a-uuid")
                .then().statusCode(400);
    }

    // The partners desk: the province reads a partner's webhooks and their log, and re-enables them.

    static final String HOOK = "http://127.0.0.1:9/hooks";

    @Test
    void theDeskListsAPartnersSubscriptionsWithoutSecretsAndItsDeliveryLog() {
        String clientId = PartnerFixture.newClientId();
        String id = PartnerFixture.register(clientId);
        String sub = PartnerFixture.subscribe(clientId, Map.of("url", HOOK, "eventTypes", List.of("station.opened"))).get("id");
        given().auth().oauth2(TestTokens.partner(clientId)).when().post("/api/v1/partner/subscriptions/{id}/test", sub).then().statusCode(202);

        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/partner/partners/{id}/subscriptions", id)
                .then().statusCode(200).body("id", equalTo(List.of(sub))).body("[0].url", equalTo(HOOK))
                .body("[0].secret", nullValue()).body("[0].status", equalTo("ACTIVE"));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("subscriptionId", sub)
                .when().get("/api/v1/partner/partners/{id}/deliveries", id)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].eventType", equalTo("webhook.test"))
                .body("items[0].subscriptionId", equalTo(sub));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("status", "DELIVERED")
                .when().get("/api/v1/partner/partners/{id}/deliveries", id)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theDeskStillReadsASuspendedPartnerAndReEnablesItsSubscription() {
        String clientId = PartnerFixture.newClientId();
        String id = PartnerFixture.register(clientId);
        String sub = PartnerFixture.subscribe(clientId, Map.of("url", HOOK, "eventTypes", List.of("station.opened"))).get("id");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED"))
                .when().patch("/api/v1/partner/partners/{id}/subscriptions/{s}", id, sub)
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("suspendedAt", notNullValue());
        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/partner/partners/{id}/suspend", id).then().statusCode(200);

        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/partner/partners/{id}/subscriptions", id)
                .then().statusCode(200).body("[0].status", equalTo("SUSPENDED"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().patch("/api/v1/partner/partners/{id}/subscriptions/{s}", id, sub)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("suspendedAt", nullValue());
    }

    @Test
    void theDeskRefusesOtherRolesBadInputAndAnotherPartnersSubscription() {
        String a = PartnerFixture.register(PartnerFixture.newClientId());
        String clientB = PartnerFixture.newClientId();
        PartnerFixture.register(clientB);
        String subB = PartnerFixture.subscribe(clientB, Map.of("url", HOOK, "eventTypes", List.of("station.opened"))).get("id");

        for (String token : List.of(TestTokens.cityAdmin("fuzhou"), TestTokens.partner(clientB), TestTokens.worker())) {
            given().auth().oauth2(token).when().get("/api/v1/partner/partners/{id}/subscriptions", a).then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/v1/partner/partners/{id}/deliveries", a).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().patch("/api/v1/partner/partners/{id}/subscriptions/{s}", a, subB).then().statusCode(404);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("subscriptionId", subB)
                .when().get("/api/v1/partner/partners/{id}/deliveries", a).then().statusCode(404);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("status", "GONE"))
                .when().patch("/api/v1/partner/partners/{id}/subscriptions/{s}", a, subB)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("status", "LOST")
                .when().get("/api/v1/partner/partners/{id}/deliveries", a)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("subscriptionId", "nope")
                .when().get("/api/v1/partner/partners/{id}/deliveries", a)
                .then().statusCode(400).body("violations[0].field", equalTo("subscriptionId"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/partner/partners/{id}/subscriptions", java.util.UUID.randomUUID())
                .then().statusCode(404);
    }
}
