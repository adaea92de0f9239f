package io.yizhan.locker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.locker.Fixtures;
import io.yizhan.locker.service.RestockService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.locker.Fixtures.PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@Tag("clock")
class RestockResourceTest {

    @Inject
    RestockService restocks;

    @Test
    void aWeeklyPlanMakesOneTaskPerDayAndARestockFillsAndCompletesIt() throws Throwable {
        UUID station = Fixtures.station("sanming");
        UUID locker = Fixtures.locker("sanming", station, "locker-" + UUID.randomUUID(), 18);
        UUID noodles = Fixtures.supply("sanming", "方便面", Map.of("unitValueFen", 450));
        UUID water = Fixtures.supply("sanming", "矿泉水", Map.of("unitValueFen", 200));
        LocalDate day = LocalDate.of(2026, 12, 2);      // a Wednesday
        String admin = TestTokens.cityAdmin("sanming");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("weekday", 3, "lines", List.of(
                        Map.of("compartmentNumber", 1, "itemId", noodles.toString(), "targetQuantity", 20),
                        Map.of("compartmentNumber", 2, "itemId", water.toString(), "targetQuantity", 24))))
                .when().put("/api/v1/lockers/{id}/restock-plan", locker).then().statusCode(200)
                .body("weekdayLabel", equalTo("周三")).body("lines", hasSize(2)).body("lines[0].itemName", equalTo("方便面"));

        VertxContextSupport.subscribeAndAwait(() -> restocks.generateTasks(day));
        VertxContextSupport.subscribeAndAwait(() -> restocks.generateTasks(day));          // idempotent
        VertxContextSupport.subscribeAndAwait(() -> restocks.generateTasks(day.plusDays(1)));   // Thursday: none for this plan
        String manager = TestTokens.stationManager("sanming");
        // Another station's manager in the same city manages none of this station's lockers.
        given().auth().oauth2(TestTokens.token("other-manager", "sanming", "station-manager"))
                .when().get("/api/v1/lockers/{id}/restock-tasks", locker).then().statusCode(404);
        String task = given().auth().oauth2(manager).when().get("/api/v1/lockers/{id}/restock-tasks", locker).then().statusCode(200)
                .body("", hasSize(1)).body("[0].status", equalTo("OPEN")).body("[0].toFill[1].toAdd", equalTo(24))
                .extract().path("[0].id");

        given().auth().oauth2(TestTokens.volunteer("sanming")).contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "lines", List.of(
                        Map.of("compartmentNumber", 1, "itemId", noodles.toString(), "added", 20),
                        Map.of("compartmentNumber", 2, "itemId", water.toString(), "added", 24))))
                .when().post("/api/v1/lockers/{id}/restocks", locker).then().statusCode(201)
                .body("units", equalTo(44)).body("valueFen", equalTo(20 * 450 + 24 * 200))
                .body("lines[1].quantityAfter", equalTo(24)).body("performedBy", equalTo("volunteer1"));
        given().auth().oauth2(manager).when().get("/api/v1/lockers/{id}/restock-tasks", locker).then()
                .body("[0].status", equalTo("DONE"));
        given().auth().oauth2(admin).when().get("/api/v1/lockers/{id}", locker).then()
                .body("compartments[0].itemName", equalTo("方便面")).body("compartments[0].quantity", equalTo(20));
        // the same task again: refused
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "lines", List.of(Map.of("compartmentNumber", 1, "itemId", noodles.toString(), "added", 1))))
                .when().post("/api/v1/lockers/{id}/restocks", locker).then().statusCode(409);
        TopicReader.read("locker-events", r -> station.toString().equals(r.key()) && r.value().contains("yizhan.locker.restocked"),
                f -> !f.isEmpty(), Duration.ofSeconds(30));
        assertThat(Fixtures.count("SELECT count(*) FROM restock_operation_line l JOIN restock_operation o ON o.id = l.operation_id"
                + " WHERE o.locker_id = $1", locker)).isEqualTo(2);
    }

    @Test
    void wrongCompartmentsItemsQuantitiesAndCitiesAreRefused() {
        UUID station = Fixtures.station("sanming");
        UUID locker = Fixtures.locker("sanming", station, "locker-" + UUID.randomUUID(), 4);
        UUID tea = Fixtures.supply("sanming", "凉茶", Map.of());
        UUID bread = Fixtures.supply("sanming", "面包", Map.of());
        UUID foreign = Fixtures.supply("xiamen", "面包", Map.of());
        String admin = TestTokens.cityAdmin("sanming");
        java.util.function.Function<Map<String, Object>, io.restassured.response.ValidatableResponse> post = line ->
                given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("lines", List.of(line)))
                        .when().post("/api/v1/lockers/{id}/restocks", locker).then();
        post.apply(Map.of("compartmentNumber", 5, "itemId", tea.toString(), "added", 1)).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("lines[0].compartmentNumber"));
        post.apply(Map.of("compartmentNumber", 0, "itemId", tea.toString(), "added", 1)).statusCode(400);
        post.apply(Map.of("compartmentNumber", 1, "itemId", tea.toString(), "added", -3)).statusCode(400)
                .body("violations.field", hasItem("lines[0].added"));
        post.apply(Map.of("compartmentNumber", 1, "itemId", tea.toString(), "added", 100000)).statusCode(400);
        post.apply(Map.of("compartmentNumber", 1, "itemId", foreign.toString(), "added", 1)).statusCode(400)
                .body("violations.field", hasItem("lines[0].itemId"));
        post.apply(Map.of("compartmentNumber", 1, "itemId", tea.toString(), "added", 150)).statusCode(201);
        post.apply(Map.of("compartmentNumber", 1, "itemId", tea.toString(), "added", 51)).statusCode(409);   // over 200
        post.apply(Map.of("compartmentNumber", 1, "itemId", bread.toString(), "added", 1)).statusCode(409);  // holds tea
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("compartmentNumber", 2, "itemId", tea.toString(), "added", 1))))
                .when().post("/api/v1/lockers/{id}/restocks", locker).then().statusCode(404);
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("compartmentNumber", 2, "itemId", tea.toString(), "added", 1))))
                .when().post("/api/v1/lockers/{id}/restocks", locker).then().statusCode(404);
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("compartmentNumber", 2, "itemId", tea.toString(), "added", 1))))
                .when().post("/api/v1/lockers/{id}/restocks", locker).then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("weekday", 8, "lines", List.of(Map.of("compartmentNumber", 1, "itemId", tea.toString(), "targetQuantity", 5))))
                .when().put("/api/v1/lockers/{id}/restock-plan", locker).then().statusCode(400).body("violations.field", hasItem("weekday"));
        given().auth().oauth2(admin).when().get("/api/v1/lockers/{id}/restock-plan", locker).then().statusCode(404);
    }
}
