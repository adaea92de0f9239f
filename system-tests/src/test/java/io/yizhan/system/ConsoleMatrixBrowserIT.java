package io.yizhan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The console's role/city matrix (issue 19): a city admin never sees another city's rows and a station
 * manager never sees another station's, read in Chromium as each person sees the screens of their menu.
 * Three stations are made here: two in Fuzhou (甲, managed by {@code fuzhou-manager}; 乙, not) and one in
 * Zhangzhou, each with a shift tomorrow and a help request. Every check names what must show as well as
 * what must not, so a screen that failed to load cannot pass for a screen that hid the right rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class ConsoleMatrixBrowserIT {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");

    PlatformStack stack;
    String fuzhouManaged;
    String fuzhouOther;
    String zhangzhou;
    /** The shift calendar opens on this week: tomorrow lies in the next one when today is Sunday. */
    boolean nextWeek;

    @BeforeAll
    void prepare(PlatformStack stack) {
        this.stack = stack;
        String run = Long.toString(System.currentTimeMillis() % 100000, 36);
        fuzhouManaged = "矩阵甲站-" + run;
        fuzhouOther = "矩阵乙站-" + run;
        zhangzhou = "矩阵漳州站-" + run;
        String fuzhouAdmin = stack.password("fuzhou-admin");
        String zhangzhouAdmin = stack.password("zhangzhou-admin");
        String managed = station(fuzhouAdmin, fuzhouManaged, "福州市鼓楼区杨桥中路", "鼓楼区", 26.0842, 119.2901);
        String other = station(fuzhouAdmin, fuzhouOther, "福州市台江区八一七中路", "台江区", 26.0602, 119.3063);
        String zz = station(zhangzhouAdmin, zhangzhou, "漳州市芗城区胜利西路", "芗城区", 24.5128, 117.6472);
        given().auth().oauth2(fuzhouAdmin).contentType(ContentType.JSON).body(Map.of("usernames", List.of("fuzhou-manager")))
                .when().put(api("/api/v1/stations/" + managed + "/managers")).then().statusCode(200);

        LocalDate tomorrow = LocalDate.now(STATION_TIME).plusDays(1);
        nextWeek = tomorrow.getDayOfWeek() == DayOfWeek.MONDAY;
        String manager = stack.password("fuzhou-manager");
        // the volunteer desk's replica has the three stations open, and the manager's one as theirs
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(manager)
                .queryParam("q", fuzhouManaged).when().get(api("/api/v1/shifts/stations")).then().statusCode(200)
                .body("name", hasItem(fuzhouManaged)));
        for (String[] s : List.of(new String[]{managed, fuzhouAdmin, fuzhouManaged}, new String[]{other, fuzhouAdmin, fuzhouOther},
                new String[]{zz, zhangzhouAdmin, zhangzhou})) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(s[1])
                    .when().get(api("/api/v1/volunteers/stations/" + s[0])).then().statusCode(200).body("status", equalTo("OPEN")));
            given().auth().oauth2(s[1]).contentType(ContentType.JSON)
                    .body(Map.of("stationId", s[0], "date", tomorrow.toString(), "start", "09:00", "end", "11:00",
                            "kind", "BUTLER_DUTY", "capacity", 2, "title", "班-" + s[2]))
                    .when().post(api("/api/v1/shifts")).then().statusCode(201);
        }
    }

    private String station(String admin, String name, String address, String district, double lat, double lon) {
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "address", address, "district", district, "lat", lat, "lon", lon,
                        "type", "STANDALONE", "contactPhone", "13900004444"))
                .when().post(api("/api/v1/stations")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "OPEN", "reason", "矩阵测试 / matrix test"))
                .when().post(api("/api/v1/stations/" + id + "/status")).then().statusCode(200);
        return id;
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    private static Map<String, Object> screen(String path, String ready, List<String> expect, List<String> forbid) {
        return new HashMap<>(Map.of("path", path, "ready", ready, "expect", expect, "forbid", forbid));
    }

    /** The shift calendar's week of tomorrow's shifts. */
    private Map<String, Object> shifts(List<String> expect, List<String> forbid) {
        Map<String, Object> check = screen("/admin/shifts", "shift-calendar", expect, forbid);
        check.put("next", nextWeek);
        return check;
    }

    private static Map<String, Object> withPicker(Map<String, Object> check, String testid, List<String> expect, List<String> forbid) {
        check.put("picker", Map.of("testid", testid, "expect", expect, "forbid", forbid));
        return check;
    }

    private void walk(String user, List<Map<String, Object>> checks) throws Exception {
        BrowserScenario.run(stack, "console-matrix", Map.of("MATRIX_USER", user,
                "MATRIX_CHECKS", new ObjectMapper().writeValueAsString(checks)));
    }

    private static String shift(String station) {
        return "班-" + station;
    }

    @Test
    void aCityAdminSeesEveryStationOfTheirCityAndNoneOfAnother() throws Exception {
        List<Map<String, Object>> checks = new ArrayList<>();
        checks.add(screen("/admin/stations", "station-table", List.of(fuzhouManaged, fuzhouOther), List.of(zhangzhou)));
        checks.add(shifts(List.of(shift(fuzhouManaged), shift(fuzhouOther)), List.of(shift(zhangzhou))));
        checks.add(withPicker(screen("/admin/help", "help-desk", List.of(), List.of(zhangzhou)), "help-station",
                List.of(fuzhouManaged, fuzhouOther), List.of(zhangzhou)));
        walk("fuzhou-admin", checks);
    }

    @Test
    void anotherCitysAdminSeesOnlyTheirOwn() throws Exception {
        List<Map<String, Object>> checks = new ArrayList<>();
        checks.add(screen("/admin/stations", "station-table", List.of(zhangzhou), List.of(fuzhouManaged, fuzhouOther)));
        checks.add(shifts(List.of(shift(zhangzhou)), List.of(shift(fuzhouManaged), shift(fuzhouOther))));
        checks.add(withPicker(screen("/admin/help", "help-desk", List.of(), List.of(fuzhouManaged, fuzhouOther)), "help-station",
                List.of(zhangzhou), List.of(fuzhouManaged, fuzhouOther)));
        walk("zhangzhou-admin", checks);
    }

    @Test
    void aStationManagerSeesOnlyTheStationsTheyManage() throws Exception {
        List<Map<String, Object>> checks = new ArrayList<>();
        checks.add(shifts(List.of(shift(fuzhouManaged)), List.of(shift(fuzhouOther), shift(zhangzhou))));
        checks.add(withPicker(screen("/admin/help", "help-desk", List.of(), List.of(fuzhouOther, zhangzhou)), "help-station",
                List.of(fuzhouManaged), List.of(fuzhouOther, zhangzhou)));
        checks.add(screen("/admin/my-stations", "my-stations", List.of(fuzhouManaged), List.of(fuzhouOther, zhangzhou)));
        walk("fuzhou-manager", checks);
    }
}
