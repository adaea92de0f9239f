package io.yizhan.volunteer.profile.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.volunteer.StationFixture;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.volunteer.ShiftFixture.publish;
import static io.yizhan.volunteer.ShiftFixture.signUp;
import static io.yizhan.volunteer.ShiftFixture.tomorrowAt;
import static io.yizhan.volunteer.ShiftFixture.volunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** A volunteer's secret calendar link: made, read without a token, rotated, revoked; only its hash is kept. */
@QuarkusTest
@Tag("clock")
class CalendarFeedResourceTest {

    private static final String FEED = "/api/v1/volunteers/me/calendar-feed";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void theSecretLinkServesMyShiftsWithoutATokenAsICalendar() throws Exception {
        UUID station = StationFixture.station("fuzhou", "订阅驿站", "OPEN");
        String shift = publish(station, tomorrowAt(15), 2, 2);
        String token = volunteer("feed-" + shift.substring(0, 8));
        signUp(token, shift).statusCode(201);

        given().auth().oauth2(token).when().get(FEED).then().statusCode(200)
                .body("active", equalTo(false)).body("url", nullValue());
        ExtractableResponse<Response> made = given().auth().oauth2(token).when().post(FEED).then().statusCode(201)
                .body("active", equalTo(true)).body("createdAt", notNullValue())
                .body("url", startsWith("https://portal.yizhan.test/api/v1/volunteers/calendar/"))
                .body("webcalUrl", startsWith("webcal://portal.yizhan.test/api/v1/volunteers/calendar/")).extract();
        String url = made.path("url");
        assertThat(made.<String>path("webcalUrl")).isEqualTo(url.replace("https://", "webcal://"));
        String secret = secretOf(url);
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");   // 32 random bytes, base64url

        String ics = given().when().get(pathOf(url)).then().statusCode(200)
                .contentType(startsWith("text/calendar")).header("Cache-Control", "private, no-store")
                .extract().asString();
        Calendar feed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = feed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).<Uid>getProperty(Property.UID)).map(Uid::getValue).contains(shift + "@yizhan");
        assertThat(events.get(0).getLocation().getValue()).isEqualTo("订阅驿站");
        // the same as the token feed, which stays
        String byToken = given().auth().oauth2(token).when().get("/api/v1/volunteers/me/calendar.ics").then().statusCode(200).extract().asString();
        assertThat(new CalendarBuilder().build(new StringReader(byToken)).getComponents(Component.VEVENT)).hasSize(1);

        // my page learns that a link exists and since when, never the link itself
        given().auth().oauth2(token).when().get(FEED).then().statusCode(200)
                .body("active", equalTo(true)).body("createdAt", notNullValue()).body("url", nullValue()).body("webcalUrl", nullValue());
    }

    @Test
    void rotatingReplacesTheLinkAndTheOldOneIsGoneAtOnce() {
        String token = volunteer("feed-rotate-" + UUID.randomUUID().toString().substring(0, 8));
        String first = given().auth().oauth2(token).when().post(FEED).then().statusCode(201).extract().path("url");
        given().when().get(pathOf(first)).then().statusCode(200);
        String second = given().auth().oauth2(token).when().post(FEED).then().statusCode(201).extract().path("url");
        assertThat(second).isNotEqualTo(first);
        given().when().get(pathOf(first)).then().statusCode(404).contentType(startsWith(PROBLEM))
                .body("detail", not(org.hamcrest.Matchers.containsString(secretOf(first))));
        given().when().get(pathOf(second)).then().statusCode(200).contentType(startsWith("text/calendar"));
    }

    @Test
    void revokingStopsTheLinkAndAskingAgainIsNoError() {
        String token = volunteer("feed-revoke-" + UUID.randomUUID().toString().substring(0, 8));
        String url = given().auth().oauth2(token).when().post(FEED).then().statusCode(201).extract().path("url");
        given().when().get(pathOf(url)).then().statusCode(200);
        given().auth().oauth2(token).when().delete(FEED).then().statusCode(204);
        given().when().get(pathOf(url)).then().statusCode(404).contentType(startsWith(PROBLEM));
        given().auth().oauth2(token).when().get(FEED).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(token).when().delete(FEED).then().statusCode(204);
    }

    @Test
    void anotherVolunteerCannotReplaceOrRevokeMyLink() {
        String mine = volunteer("feed-mine-" + UUID.randomUUID().toString().substring(0, 8));
        String theirs = volunteer("feed-theirs-" + UUID.randomUUID().toString().substring(0, 8));
        String url = given().auth().oauth2(mine).when().post(FEED).then().statusCode(201).extract().path("url");
        // /me is always the caller: another volunteer's rotate and revoke act on their own link only
        String other = given().auth().oauth2(theirs).when().post(FEED).then().statusCode(201).extract().path("url");
        assertThat(other).isNotEqualTo(url);
        given().auth().oauth2(theirs).when().delete(FEED).then().statusCode(204);
        given().when().get(pathOf(url)).then().statusCode(200);
        given().when().get(pathOf(other)).then().statusCode(404);
        // a worker, or anyone without a volunteer profile, has no link to make
        given().auth().oauth2(TestTokens.worker()).when().post(FEED).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("no-profile-" + UUID.randomUUID(), "fuzhou", "volunteer")).when().post(FEED)
                .then().statusCode(409).contentType(startsWith(PROBLEM));
        given().when().post(FEED).then().statusCode(401);
    }

    @Test
    void malformedOrUnknownSecretsAre404ProblemsNever500() {
        List<String> bad = new ArrayList<>(List.of("x", "not-a-secret", "A".repeat(43), "A".repeat(44), "%00", "..%2F..%2Fetc",
                "A".repeat(500), UUID.randomUUID().toString(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%2B"));
        for (String secret : bad) {
            given().urlEncodingEnabled(false).when().get("/api/v1/volunteers/calendar/" + secret + ".ics")
                    .then().statusCode(404).contentType(startsWith(PROBLEM));
        }
        given().when().get("/api/v1/volunteers/calendar/.ics").then().statusCode(404);
    }

    @Test
    void theSecretIsNotStoredOnlyItsSha256() throws Exception {
        String token = volunteer("feed-hash-" + UUID.randomUUID().toString().substring(0, 8));
        String secret = secretOf(given().auth().oauth2(token).when().post(FEED).then().statusCode(201).extract().path("url"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement all = db.prepareStatement("SELECT f.*::text FROM calendar_feed f");
             PreparedStatement mine = db.prepareStatement("SELECT token_sha256 FROM calendar_feed WHERE token_sha256 = ?")) {
            try (var rows = all.executeQuery()) {
                int n = 0;
                while (rows.next()) {
                    n++;
                    assertThat(rows.getString(1)).doesNotContain(secret);
                }
                assertThat(n).isPositive();
            }
            mine.setString(1, sha256);
            try (var rows = mine.executeQuery()) {
                assertThat(rows.next()).as("a row holding the secret's SHA-256").isTrue();
            }
        }
    }

    private static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    private static String secretOf(String url) {
        String path = pathOf(url);
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
    }
}
