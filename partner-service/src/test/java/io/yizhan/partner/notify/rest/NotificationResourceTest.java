package io.yizhan.partner.notify.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.partner.TestClock;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.repository.StationReplicaRepository;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.partner.notify.NotifyFixture.awaitFeed;
import static io.yizhan.partner.notify.NotifyFixture.feed;
import static io.yizhan.partner.notify.NotifyFixture.helpEscalated;
import static io.yizhan.partner.notify.NotifyFixture.manager;
import static io.yizhan.partner.notify.NotifyFixture.name;
import static io.yizhan.partner.notify.NotifyFixture.publish;
import static io.yizhan.partner.notify.NotifyFixture.rightsAnswered;
import static io.yizhan.partner.notify.NotifyFixture.subjectOf;
import static io.yizhan.partner.notify.NotifyFixture.station;
import static io.yizhan.partner.notify.NotifyFixture.unread;
import static io.yizhan.partner.notify.NotifyFixture.wishClaimed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The feed through the API, fed by events on the real topics: audiences, replays, read state, preferences. */
@QuarkusTest
class NotificationResourceTest {

    @Inject
    StationReplicaRepository replicas;

    @Inject
    TestClock clock;

    @BeforeEach
    void daytime() {
        // outside quiet hours, whatever instant the build fixed the clock at
        clock.set(OffsetDateTime.parse("2026-11-28T10:00:00+08:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEscalationToTheManagerReachesThatStationsManagersAndNobodyElse() throws Throwable {
        String mine = name("mgr");
        String colleague = name("mgr");
        String elsewhere = name("mgr");
        UUID stationId = station(replicas, mine, colleague);
        station(replicas, elsewhere);
        // city admins share one feed of their city (other tests add to it): count what this event adds
        long cityBefore = unread(TestTokens.cityAdmin("fuzhou"));
        publish("volunteer-events", stationId, helpEscalated(UUID.randomUUID(), stationId, 1));

        awaitFeed(manager(mine), 1);
        feed(manager(mine), "").statusCode(200).body("total", equalTo(1))
                .body("items[0].kind", equalTo("HELP_ESCALATED")).body("items[0].urgent", equalTo(true))
                .body("items[0].read", equalTo(false)).body("items[0].stationId", equalTo(stationId.toString()))
                .body("items[0].at", org.hamcrest.Matchers.endsWith("+08:00"));
        awaitFeed(manager(colleague), 1);
        assertThat(unread(manager(elsewhere))).as("another station's manager").isZero();
        assertThat(unread(TestTokens.cityAdmin("fuzhou"))).as("level 1 is not the city's yet").isEqualTo(cityBefore);
        assertThat(unread(TestTokens.worker())).isZero();
        // the login name of a manager in a token without the role reaches nothing
        assertThat(unread(TestTokens.token(mine, "fuzhou", "worker"))).isZero();
    }

    @Test
    void aRightsCasesAnswerReachesTheWorkerWhoFiledItAndNeitherTheDeskNorTheCity() throws Throwable {
        String filer = name("worker");
        String other = name("worker");
        String desk = TestTokens.rightsDesk("fuzhou");
        String city = TestTokens.cityAdmin("fuzhou");
        UUID caseId = UUID.randomUUID();
        publish("volunteer-events", caseId, rightsAnswered(UUID.randomUUID(), caseId, subjectOf(filer)));

        String worker = TestTokens.token(filer, null, "worker");
        awaitFeed(worker, 1);
        feed(worker, "").statusCode(200).body("total", equalTo(1))
                .body("items[0].kind", equalTo("RIGHTS_CASE_ANSWERED")).body("items[0].urgent", equalTo(false))
                .body("items[0].body", org.hamcrest.Matchers.containsString("FZ-2026-000042"))
                .body("items[0].stationId", org.hamcrest.Matchers.nullValue())
                .body("items[0].link", equalTo("/worker/rights"));
        assertThat(unread(TestTokens.token(other, null, "worker"))).as("another worker").isZero();
        // the desk's and the city's feeds are shared with other tests, whose events (a city escalation from
        // SecurityTest, say) may still be arriving: look for this kind of message, not at a count
        feed(desk, "?size=200").statusCode(200).body("items.kind", not(hasItem("RIGHTS_CASE_ANSWERED")));
        feed(city, "?size=200").statusCode(200).body("items.kind", not(hasItem("RIGHTS_CASE_ANSWERED")));
    }

    @Test
    void anEscalationToTheCityReachesItsAdminsAndNotAnotherCitys() throws Throwable {
        UUID stationId = station(replicas, name("mgr"));
        String fuzhouAdmin = TestTokens.token(name("admin"), "fuzhou", "city-admin");
        long before = unread(fuzhouAdmin);
        String zhangzhouAdmin = TestTokens.token(name("admin"), "zhangzhou", "city-admin");
        publish("volunteer-events", stationId, helpEscalated(UUID.randomUUID(), stationId, 2));
        awaitFeed(fuzhouAdmin, (int) before + 1);
        feed(fuzhouAdmin, "?unread=true").body("items.title", hasItem(startsWith("求助已升级到市总")));
        feed(zhangzhouAdmin, "").statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aReplayedEventNeverNotifiesTwice() throws Throwable {
        String mgr = name("mgr");
        UUID stationId = station(replicas, mgr);
        String record = helpEscalated(UUID.randomUUID(), stationId, 1);
        publish("volunteer-events", stationId, record);
        awaitFeed(manager(mgr), 1);
        // the same event again (at least once delivery), then a new one behind it on the same partition:
        // once the new one is in the feed, the replay has been consumed too
        publish("volunteer-events", stationId, record, record, wishClaimed(UUID.randomUUID(), stationId));
        awaitFeed(manager(mgr), 2);
        feed(manager(mgr), "").body("total", equalTo(2)).body("items.kind", equalTo(List.of("WISH_CLAIMED", "HELP_ESCALATED")));
    }

    @Test
    void readOneThenAllAndNeverSomeoneElsesMessage() throws Throwable {
        String mgr = name("mgr");
        UUID stationId = station(replicas, mgr);
        publish("volunteer-events", stationId, helpEscalated(UUID.randomUUID(), stationId, 1), wishClaimed(UUID.randomUUID(), stationId));
        awaitFeed(manager(mgr), 2);
        String first = feed(manager(mgr), "").extract().path("items[0].id");

        given().auth().oauth2(TestTokens.worker()).when().post("/api/v1/notifications/{id}/read", first)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(manager(mgr)).when().post("/api/v1/notifications/{id}/read", "not-a-uuid")
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
        given().auth().oauth2(manager(mgr)).when().post("/api/v1/notifications/{id}/read", first)
                .then().statusCode(200).body("unread", equalTo(1));
        given().auth().oauth2(manager(mgr)).when().post("/api/v1/notifications/{id}/read", first)
                .then().statusCode(200).body("unread", equalTo(1));
        feed(manager(mgr), "?unread=true").body("total", equalTo(1)).body("items[0].id", org.hamcrest.Matchers.not(first));
        feed(manager(mgr), "?unread=maybe").statusCode(400).body("violations[0].field", equalTo("unread"));

        given().auth().oauth2(manager(mgr)).when().post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(1));
        given().auth().oauth2(manager(mgr)).when().post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(0));
        assertThat(unread(manager(mgr))).isZero();
        feed(manager(mgr), "").body("items.read", equalTo(List.of(true, true)));
    }

    @Test
    void aKindTurnedOffLeavesTheFeedAndOtherKindsStay() throws Throwable {
        String mgr = name("mgr");
        UUID stationId = station(replicas, mgr);
        given().auth().oauth2(manager(mgr)).contentType(ContentType.JSON)
                .body(Map.of("kinds", List.of(Map.of("kind", "WISH_CLAIMED", "inApp", false, "sms", false))))
                .when().put("/api/v1/notifications/preferences")
                .then().statusCode(200).body("kinds.find { it.kind == 'WISH_CLAIMED' }.inApp", equalTo(false))
                .body("kinds.find { it.kind == 'HELP_ESCALATED' }.inApp", equalTo(true))
                .body("kinds.find { it.kind == 'HELP_ESCALATED' }.smsOffered", equalTo(true));
        publish("volunteer-events", stationId, wishClaimed(UUID.randomUUID(), stationId), helpEscalated(UUID.randomUUID(), stationId, 1));
        awaitFeed(manager(mgr), 1);
        feed(manager(mgr), "").body("total", equalTo(1)).body("items[0].kind", equalTo("HELP_ESCALATED"));
        given().auth().oauth2(manager(mgr)).when().get("/api/v1/notifications/preferences")
                .then().statusCode(200).body("kinds.find { it.kind == 'WISH_CLAIMED' }.inApp", equalTo(false));
        // turned on again, the message that was stored all along is back
        given().auth().oauth2(manager(mgr)).contentType(ContentType.JSON).body(Map.of("kinds", List.of()))
                .when().put("/api/v1/notifications/preferences").then().statusCode(200);
        feed(manager(mgr), "").body("total", equalTo(2));
    }

    @Test
    void badPreferencesAreRefusedNamingTheField() {
        String token = TestTokens.token(name("vol"), "fuzhou", "volunteer");
        record Case(Object body, String field) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("kinds", List.of(Map.of("kind", "NOPE", "inApp", true, "sms", false))), "kinds[0].kind"),
                new Case(Map.of("kinds", List.of(Map.of("kind", "WISH_CLAIMED", "inApp", true, "sms", true)), "phone", "13812345678"), "kinds[0].sms"),
                new Case(Map.of("kinds", List.of(Map.of("kind", "SHIFT_REMINDER", "inApp", true, "sms", true))), "phone"),
                new Case(Map.of("kinds", List.of(), "phone", "12345"), "phone"),
                new Case(Map.of("phone", "13812345678"), "kinds"),
                new Case(Map.of("kinds", List.of(), "colour", "red"), "colour"));
        for (Case c : cases) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(c.body())
                    .when().put("/api/v1/notifications/preferences")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(c.field()));
        }
        given().auth().oauth2(token).when().get("/api/v1/notifications/preferences")
                .then().statusCode(200).body("phone", equalTo(null)).body("kinds.size()", equalTo(NotificationKind.values().length));
    }

    @Test
    void withoutATokenItIs401ProblemJson() {
        given().when().get("/api/v1/notifications").then().statusCode(401).contentType("application/problem+json");
    }
}
