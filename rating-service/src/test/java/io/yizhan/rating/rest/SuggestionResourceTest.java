package io.yizhan.rating.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.rating.TestStations;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SuggestionResourceTest {

    static final String PROBLEM = "application/problem+json";

    static String submit(String worker, Map<String, Object> body) {
        return given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/suggestions")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).body("statusLabel", equalTo("已提交"))
                .extract().path("id");
    }

    static void answer(String admin, String id, String status, String reply, int expected) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", status, "reply", reply))
                .when().post("/api/v1/suggestions/{id}/answers", id).then().statusCode(expected);
    }

    @Test
    void anIdeaIsAcknowledgedThenAdoptedAndTheAuthorReadsEachReply() throws Exception {
        UUID station = TestStations.open("fuzhou", "金点子驿站");
        String author = TestTokens.token("idea-worker", null, "worker");
        String id = submit(author, Map.of("stationId", station.toString(), "title", "增加微波炉",
                "body", "中午热饭的人多，一台微波炉不够用，建议再加一台。"));
        String admin = TestTokens.cityAdmin("fuzhou");

        given().auth().oauth2(admin).queryParam("size", 200).when().get("/api/v1/suggestions")
                .then().statusCode(200).body("items.id", hasItem(id));
        answer(admin, id, "ADOPTED", "先受理", 409);
        answer(admin, id, "ACKNOWLEDGED", "已收到，正在评估 / received, being assessed", 200);
        answer(admin, id, "ACKNOWLEDGED", "again", 409);
        given().auth().oauth2(author).when().get("/api/v1/suggestions/mine").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("ACKNOWLEDGED"))
                .body("items.find { it.id == '" + id + "' }.replies[0].reply", equalTo("已收到，正在评估 / received, being assessed"));

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/suggestions/adopted?tenant=fuzhou&size=200")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        answer(admin, id, "ADOPTED", "下周起增加一台微波炉", 200);
        answer(admin, id, "DECLINED", "改主意", 409);
        given().auth().oauth2(author).when().get("/api/v1/suggestions/{id}", id).then().statusCode(200)
                .body("status", equalTo("ADOPTED")).body("statusLabel", equalTo("已采纳")).body("replies", hasSize(2))
                .body("replies[1].reply", equalTo("下周起增加一台微波炉"));
        given().queryParam("tenant", "fuzhou").queryParam("size", 200).when().get("/api/v1/suggestions/adopted")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.reply", equalTo("下周起增加一台微波炉"))
                .body("items.find { it.id == '" + id + "' }.author", equalTo(null));
        given().queryParam("tenant", "xiamen").queryParam("size", 200).when().get("/api/v1/suggestions/adopted")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        List<ConsumerRecord<String, String>> events = TopicReader.read("rating-events",
                r -> station.toString().equals(r.key()) && r.value().contains("suggestion-"), found -> found.size() >= 3,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> new ObjectMapper().readTree(r.value()).path("type").asText())
                .containsExactly("yizhan.rating.suggestion-submitted", "yizhan.rating.suggestion-answered",
                        "yizhan.rating.suggestion-answered");
        assertThat(new ObjectMapper().readTree(events.get(2).value()).path("data").path("status").asText()).isEqualTo("ADOPTED");
    }

    @Test
    void onlyTheAuthorAndTheCitysAdminsSeeASuggestion() {
        String author = TestTokens.token("private-idea-worker", null, "worker");
        String id = submit(author, Map.of("tenant", "zhangzhou", "title", "全市驿站统一开放时间", "body", "建议统一为早七晚十。"));
        given().auth().oauth2(TestTokens.token("someone-else", null, "worker")).when().get("/api/v1/suggestions/{id}", id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("someone-else", null, "worker")).when().get("/api/v1/suggestions/mine")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/suggestions/{id}", id)
                .then().statusCode(404).contentType(PROBLEM);
        answer(TestTokens.cityAdmin("fuzhou"), id, "ACKNOWLEDGED", "不是我们的", 404);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 200).when().get("/api/v1/suggestions")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/suggestions/{id}", id)
                .then().statusCode(200).body("tenantName", equalTo("漳州"));
        given().auth().oauth2(TestTokens.stationManager("zhangzhou")).when().get("/api/v1/suggestions/{id}", id)
                .then().statusCode(403);
        answer(TestTokens.stationManager("zhangzhou"), id, "ACKNOWLEDGED", "x", 403);
        answer(TestTokens.provinceAdmin(), id, "ACKNOWLEDGED", "省总已转漳州市总", 200);
        List<ConsumerRecord<String, String>> events = TopicReader.read("rating-events",
                r -> "zhangzhou".equals(r.key()) && r.value().contains(id), found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(events).hasSize(2);
    }

    @Test
    void badSuggestionsAreRefused() {
        String worker = TestTokens.token("careless-worker", null, "worker");
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("title", "无处可去", "body", "内容"))
                .when().post("/api/v1/suggestions").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("stationId"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("tenant", "beijing", "title", "t", "body", "b"))
                .when().post("/api/v1/suggestions").then().statusCode(400).body("violations.field", hasItem("tenant"));
        Map<String, Object> blank = new HashMap<>(Map.of("tenant", "fuzhou", "title", " ", "body", "长".repeat(2001)));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(blank)
                .when().post("/api/v1/suggestions").then().statusCode(400)
                .body("violations.field", hasItem("title")).body("violations.field", hasItem("body"));
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("stationId", UUID.randomUUID().toString(), "title", "t", "body", "b"))
                .when().post("/api/v1/suggestions").then().statusCode(404).contentType(PROBLEM);
        UUID fuzhouStation = TestStations.open("fuzhou", "城市不符驿站");
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("stationId", fuzhouStation.toString(), "tenant", "xiamen", "title", "t", "body", "b"))
                .when().post("/api/v1/suggestions").then().statusCode(400).body("violations.field", hasItem("tenant"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("tenant", "fuzhou", "title", "t", "body", "b")).when().post("/api/v1/suggestions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("tenant", "fuzhou", "title", "t", "body", "b"))
                .when().post("/api/v1/suggestions").then().statusCode(401).contentType(PROBLEM);
        given().when().get("/api/v1/suggestions/adopted").then().statusCode(400).body("violations.field", hasItem("tenant"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("status", "LOST").when().get("/api/v1/suggestions")
                .then().statusCode(400).body("violations.field", hasItem("status"));
        String id = submit(worker, Map.of("tenant", "fuzhou", "title", "建议", "body", "内容"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("status", "ACKNOWLEDGED"))
                .when().post("/api/v1/suggestions/{id}/answers", id).then().statusCode(400).body("violations.field", hasItem("reply"));
        answer(TestTokens.cityAdmin("fuzhou"), id, "SUBMITTED", "回到起点", 400);
    }
}
