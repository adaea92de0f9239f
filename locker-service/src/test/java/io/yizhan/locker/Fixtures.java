package io.yizhan.locker;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.testing.TestTokens;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data through the API where it exists, straight into the database where it comes from events. */
public final class Fixtures {

    public static final String PROBLEM = "application/problem+json";

    private Fixtures() {
    }

    public static Pool pool() {
        return Arc.container().instance(Pool.class).get();
    }

    public static void sql(String sql, Object... args) {
        pool().preparedQuery(sql).execute(Tuple.from(Arrays.asList(args))).await().indefinitely();
    }

    public static long count(String sql, Object... args) {
        return pool().preparedQuery(sql).execute(Tuple.from(Arrays.asList(args))).await().indefinitely()
                .iterator().next().getLong(0);
    }

    /** The first column of the first row as text, or null when there is no row. */
    public static String text(String sql, Object... args) {
        var rows = pool().preparedQuery(sql).execute(Tuple.from(Arrays.asList(args))).await().indefinitely().iterator();
        if (!rows.hasNext()) {
            return null;
        }
        Object value = rows.next().getValue(0);
        return value == null ? null : value.toString();
    }

    /**
     * A station in the replica, as station-events would have put it there, managed by the test
     * tokens' station manager of its city ({@code <tenant>-manager}).
     */
    public static UUID station(String tenant, String status, double lat, double lon) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO station_replica (id, tenant, name, status, lat, lon, version, updated_at, managers)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8)",
                id, tenant, "测试驿站-" + id.toString().substring(0, 6), status, lat, lon, OffsetDateTime.now(), tenant + "-manager");
        return id;
    }

    public static UUID station(String tenant) {
        return station(tenant, "OPEN", 26.08, 119.30);
    }

    public static void stationStatus(UUID station, String status) {
        sql("UPDATE station_replica SET status = $1 WHERE id = $2", status, station);
    }

    /** Registers a locker through the API; returns its id. */
    public static UUID locker(String tenant, UUID station, String clientId, Integer compartments) {
        Map<String, Object> body = new HashMap<>(Map.of("stationId", station.toString(), "name", "测试柜", "deviceClientId", clientId));
        if (compartments != null) {
            body.put("compartments", compartments);
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.cityAdmin(tenant)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/lockers").then().statusCode(201).extract().path("id"));
    }

    public static UUID onlineLocker(String tenant, UUID station, String clientId) {
        UUID locker = locker(tenant, station, clientId, null);
        heartbeat(locker, clientId, tenant);
        return locker;
    }

    public static void heartbeat(UUID locker, String clientId, String tenant) {
        given().auth().oauth2(TestTokens.device(clientId, tenant)).when().post("/api/v1/lockers/{id}/heartbeat", locker)
                .then().statusCode(200);
    }

    public static UUID supply(String tenant, String name, Map<String, Object> rules) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "unitValueFen", 350, "lowStockThreshold", 2));
        body.putAll(rules);
        return UUID.fromString(given().auth().oauth2(TestTokens.cityAdmin(tenant)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/supplies").then().statusCode(201).extract().path("id"));
    }

    /** Puts stock into a compartment directly (restocking has its own API and tests). */
    public static void stock(UUID locker, int number, UUID item, int quantity) {
        sql("UPDATE compartment SET item_id = $1, quantity = $2, held = 0 WHERE locker_id = $3 AND number = $4",
                item, quantity, locker, number);
    }

    public static String worker(String name) {
        return TestTokens.token(name, null, "worker");
    }

    public static String subjectOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes()).toString();
    }

    public static io.restassured.response.ValidatableResponse reserve(String token, UUID locker, UUID item) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("lockerId", locker.toString(), "itemId", item.toString()))
                .when().post("/api/v1/reservations").then();
    }

    /** Publishes volunteer-service's member-joined for {@code subject} on volunteer-events, as an approved application would. */
    public static void memberJoined(String subject) {
        UUID station = UUID.randomUUID();
        io.yizhan.common.testing.TopicReader.write("volunteer-events", station.toString(), """
                {"specversion":"1.0","id":"%s","source":"/volunteer-service","type":"yizhan.volunteer.member-joined",
                 "subject":"%s","tenant":"fuzhou","data":{"membershipId":"%s","stationId":"%s","tenant":"fuzhou",
                 "subject":"%s","platform":"ELEME","at":"2026-11-28T09:00:00+08:00"}}
                """.formatted(UUID.randomUUID(), station, UUID.randomUUID(), station, subject));
    }
}
