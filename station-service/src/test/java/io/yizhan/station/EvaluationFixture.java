package io.yizhan.station;

import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Stations, events and runs for the evaluation's tests. Each test class judges its own city, so one
 * class's runs never card another's stations.
 */
public final class EvaluationFixture {

    private EvaluationFixture() {
    }

    /** Registers a station in {@code tenant} with {@code <tenant>-manager} as its manager, and opens it. */
    public static String openStation(String tenant, String name, Map<String, Object> hours) {
        Map<String, Object> body = new HashMap<>(Map.of("tenant", tenant, "name", name, "address", name + "路 1 号",
                "district", "测试区", "lat", 26.0 + Math.random() / 10, "lon", 118.0 + Math.random() / 10, "type", "STANDALONE"));
        if (hours != null) {
            body.put("hours", hours);
        }
        String id = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("usernames", List.of(tenant + "-manager"))).when().put("/api/v1/stations/{id}/managers", id)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .when().post("/api/v1/stations/{id}/status", id).then().statusCode(200).body("status", equalTo("OPEN"));
        return id;
    }

    /** Overrides the city's settings (province admin); keys not given fall back to the province's. */
    public static void settings(String tenant, Map<String, Object> settings) {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("tenant", tenant, "settings", settings)).when().put("/api/v1/evaluation/rules")
                .then().statusCode(200);
    }

    /** Settings under which only the named rule can fire in a city: the others need impossible evidence. */
    public static Map<String, Object> only(String rule) {
        Map<String, Object> off = new HashMap<>(Map.of("lowUsageWeeks", 3000, "minRatings", 3000, "missedOpeningsLimit", 3000,
                "overdueComplaintsLimit", 3000));
        switch (rule) {
            case "LOW_USAGE" -> off.remove("lowUsageWeeks");
            case "LOW_SATISFACTION" -> off.remove("minRatings");
            case "MISSED_OPENINGS" -> off.remove("missedOpeningsLimit");
            case "OVERDUE_COMPLAINTS" -> off.remove("overdueComplaintsLimit");
            default -> { }
        }
        return off;
    }

    public static void run(String tenant) {
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("tenant", tenant).when().post("/api/v1/evaluation/runs")
                .then().statusCode(200);
    }

    public static List<Map<String, Object>> cards(String stationId) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("station", stationId).queryParam("size", 100)
                .when().get("/api/v1/evaluation/cards").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Scores for every item of the current checklist: full marks, except zero for the items named. */
    public static List<Map<String, Object>> scores(String... zeroFor) {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.provinceAdmin()).when()
                .get("/api/v1/evaluation/checklist").then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> scores = new ArrayList<>();
        for (Map<String, Object> item : items) {
            boolean zero = List.of(zeroFor).contains((String) item.get("code"));
            scores.add(Map.of("code", item.get("code"), "points", zero ? 0 : item.get("points")));
        }
        return scores;
    }

    /** An inspection sheet with the base item "water" missed: it issues a yellow card at once. */
    public static String yellowByInspection(String stationId) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("stationId", stationId, "kind", "RANDOM", "inspector", "省总抽查组", "scores", scores("water")))
                .when().post("/api/v1/evaluation/inspections").then().statusCode(201).extract().path("cardId");
    }

    // Events as the other services publish them (docs/events); only the fields the evaluation reads matter.

    public static String rating(UUID ratingId, String stationId, String tenant, int score, OffsetDateTime at) {
        return envelope("/rating-service", "yizhan.rating.rating-submitted", stationId, tenant, """
                {"ratingId":"%s","stationId":"%s","tenant":"%s","score":%d,"tags":[],"hasComment":false,"source":"WORKER",
                 "qrVerified":false,"replaced":false,"ratedAt":"%s"}""".formatted(ratingId, stationId, tenant, score, at));
    }

    /** A rating given anonymously with the station's QR poster: weight 0.25, as rating-service sends it. */
    public static String anonymousRating(String stationId, String tenant, int score, OffsetDateTime at) {
        return envelope("/rating-service", "yizhan.rating.rating-submitted", stationId, tenant, """
                {"ratingId":"%s","stationId":"%s","tenant":"%s","score":%d,"tags":[],"hasComment":false,"source":"QR",
                 "qrVerified":true,"replaced":false,"ratedAt":"%s","anonymous":true,"weight":0.25}"""
                .formatted(UUID.randomUUID(), stationId, tenant, score, at));
    }

    /** A logged-in worker's rating saying the station was closed when its hours said open. */
    public static String closedRating(String stationId, String tenant, int score, OffsetDateTime at) {
        return envelope("/rating-service", "yizhan.rating.rating-submitted", stationId, tenant, """
                {"ratingId":"%s","stationId":"%s","tenant":"%s","score":%d,"tags":["closed_when_posted_open"],"hasComment":false,
                 "source":"WORKER","qrVerified":false,"replaced":false,"ratedAt":"%s","anonymous":false,"weight":1.0}"""
                .formatted(UUID.randomUUID(), stationId, tenant, score, at));
    }

    /** Runs the evaluation of a city as the given caller and returns its summary. */
    public static Map<String, Object> runAs(String token, String tenant, boolean dryRun) {
        return given().auth().oauth2(token).queryParam("tenant", tenant).queryParam("dryRun", dryRun)
                .when().post("/api/v1/evaluation/runs").then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The verdict of a run's summary for one station, or null when the run did not card it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> verdict(Map<String, Object> summary, String stationId) {
        return ((List<Map<String, Object>>) summary.get("verdicts")).stream()
                .filter(v -> stationId.equals(v.get("stationId"))).findFirst().orElse(null);
    }

    public static String pickup(String stationId, String tenant, OffsetDateTime at) {
        return envelope("/locker-service", "yizhan.locker.item-picked-up", stationId, tenant, """
                {"reservationId":"%s","lockerId":"%s","stationId":"%s","tenant":"%s","itemName":"矿泉水","status":"PICKED_UP",
                 "pickedUpAt":"%s","closedBy":"device","at":"%s"}""".formatted(UUID.randomUUID(), UUID.randomUUID(), stationId,
                tenant, at, at));
    }

    public static String checkIn(String stationId, String tenant, OffsetDateTime at) {
        return envelope("/volunteer-service", "yizhan.volunteer.checked-in", stationId, tenant, """
                {"shiftId":"%s","stationId":"%s","tenant":"%s","kind":"BUTLER_DUTY","volunteerId":"%s","signupStatus":"CONFIRMED",
                 "at":"%s","late":false}""".formatted(UUID.randomUUID(), stationId, tenant, UUID.randomUUID(), at));
    }

    public static String healthCheck(String stationId, String tenant, OffsetDateTime at) {
        return envelope("/volunteer-service", "yizhan.volunteer.health-check-recorded", stationId, tenant, """
                {"sessionId":"%s","stationId":"%s","tenant":"%s","kind":"BLOOD_PRESSURE","at":"%s"}"""
                .formatted(UUID.randomUUID(), stationId, tenant, at));
    }

    public static String envelope(String source, String type, String stationId, String tenant, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s","tenant":"%s",
                 "datacontenttype":"application/json","data":%s}""".formatted(UUID.randomUUID(), source, type,
                OffsetDateTime.now(), stationId, tenant, data);
    }

    public static void publish(String topic, String stationId, List<String> events) {
        TopicReader.write(topic, stationId, events.toArray(String[]::new));
    }
}
