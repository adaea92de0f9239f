package io.yizhan.locker.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.SecuritySuite;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.locker.Fixtures;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Token attacks, wrong-city callers and generated bad input against every endpoint of this service (see SecuritySuite). */
@QuarkusTest
class SecurityTest extends SecuritySuite {

    /** A Fuzhou station replica, its online locker stocked with a Fuzhou supply and planned, and a pickup in progress. */
    @Override
    protected TenantFixture tenantFixture() {
        UUID station = Fixtures.station("fuzhou");
        String clientId = "security-locker-" + UUID.randomUUID();
        UUID locker = Fixtures.onlineLocker("fuzhou", station, clientId);
        UUID item = Fixtures.supply("fuzhou", "安全测试矿泉水", Map.of());
        Fixtures.stock(locker, 5, item, 5);
        String code = given().auth().oauth2(Fixtures.worker("security-worker")).contentType(ContentType.JSON)
                .body(Map.of("lockerId", locker.toString(), "itemId", item.toString()))
                .when().post("/api/v1/reservations").then().statusCode(201).extract().path("pickupCode");
        String tx = given().auth().oauth2(TestTokens.device(clientId, "fuzhou")).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/lockers/{id}/pickups", locker).then().statusCode(200).extract().path("transactionId");
        String line = "{\"compartmentNumber\":5,\"itemId\":\"" + item + "\"";
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body("{\"weekday\":1,\"lines\":[" + line + ",\"targetQuantity\":5}]}")
                .when().put("/api/v1/lockers/{id}/restock-plan", locker).then().statusCode(200);
        return new TenantFixture(Map.of("lockers/{id}", locker.toString(), "stations/{id}", station.toString(),
                "supplies/{id}", item.toString(), "transactionId", tx, "stationId", station.toString(), "lockerId", locker.toString(),
                "itemId", item.toString()),
                Map.of("POST /api/v1/lockers", "{\"stationId\":\"" + station + "\",\"name\":\"越界柜\",\"deviceClientId\":\"zz-" + clientId + "\"}",
                        "POST /api/v1/lockers/{id}/pickups", "{\"code\":\"" + code + "\"}",
                        "POST /api/v1/lockers/{id}/pickups/{transactionId}/failure", "{\"reason\":\"越界\"}",
                        "POST /api/v1/lockers/{id}/remote-open", "{\"compartmentNumber\":5,\"reason\":\"越界\"}",
                        "POST /api/v1/lockers/{id}/config", "{\"settings\":{\"volume\":1}}",
                        "POST /api/v1/lockers/{id}/restocks", "{\"lines\":[" + line + ",\"added\":1}]}",
                        "PUT /api/v1/lockers/{id}/restock-plan", "{\"weekday\":1,\"lines\":[" + line + ",\"targetQuantity\":3}]}",
                        "PUT /api/v1/supplies/{id}", "{\"name\":\"越界物资\",\"unitValueFen\":1,\"lowStockThreshold\":1}"));
    }
}
