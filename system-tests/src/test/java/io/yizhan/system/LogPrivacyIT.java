package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Runs after every other end-to-end class (they register stations with contact phones, reserve, rate,
 * apply ...). It adds personal data of its own it can recognise (a contact's name and phone, an
 * applicant's name and phone), checks what a worker sees of it, then reads every log the stack wrote:
 * no mainland mobile number may appear unmasked, and neither name may appear at all.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SharedPlatform.class)
class LogPrivacyIT {

    static final Pattern MOBILE = Pattern.compile("(?<![\\d.])1[3-9]\\d{9}(?![\\d.])");
    // names no other test uses, so finding one anywhere is a leak of this class's data
    static final String CONTACT_NAME = "欧阳静澜";
    static final String APPLICANT_NAME = "司马青禾";
    static final String CONTACT_PHONE = "13712340001";
    static final String APPLICANT_PHONE = "15912340002";

    @Test
    void personalDataStaysOutOfPublicAnswersAndLogs(PlatformStack stack) throws IOException {
        String admin = stack.password("fuzhou-admin");
        String station = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "隐私检查驿站", "address", "福州市仓山区对湖路 1 号", "district", "仓山区",
                        "lat", 26.045, "lon", 119.31, "type", "STANDALONE", "contactName", CONTACT_NAME, "contactPhone", CONTACT_PHONE))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations/" + station + "/status").then().statusCode(200);
        String worker = stack.password("worker2");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(stack.serviceUrl("volunteer") + "/api/v1/volunteers/stations/" + station)
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("name", APPLICANT_NAME, "phone", APPLICANT_PHONE, "platform", "MEITUAN", "stationId", station))
                .when().post(stack.serviceUrl("volunteer") + "/api/v1/membership/applications").then().statusCode(201);

        // what a worker (or a partner) reads of the station: the phone masked, the contact's name absent
        String publicView = given().auth().oauth2(worker).when().get(stack.serviceUrl("station") + "/api/v1/stations/" + station)
                .then().statusCode(200).body("contactPhoneMasked", equalTo("137****0001")).extract().asString();
        assertThat(publicView).doesNotContain(CONTACT_NAME, CONTACT_PHONE);

        // the pattern itself: a full number is found, a masked one and longer digit runs are not
        assertThat(MOBILE.matcher("contact=13900001111,").find()).isTrue();
        assertThat(MOBILE.matcher("139****1111 1764300000000 10.13900001111").find()).isFalse();
        Path logs = Path.of(stack.env.get("YIZHAN_STATE_DIR"), "logs");
        List<String> leaks = new ArrayList<>();
        long lines = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                    lines++;
                    Matcher m = MOBILE.matcher(line);
                    if (m.find()) {
                        leaks.add(file.getFileName() + ": phone …" + m.group().substring(0, 3) + "…");
                    }
                    String text = new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                    for (String name : List.of(CONTACT_NAME, APPLICANT_NAME)) {
                        if (text.contains(name)) {
                            leaks.add(file.getFileName() + ": name " + name.charAt(0) + "…");
                        }
                    }
                }
            }
        }
        System.out.printf("[figures] log privacy: %d log lines read, %d unmasked phone numbers or names%n", lines, leaks.size());
        assertThat(lines).as("log lines of the run").isPositive();
        assertThat(leaks).as("unmasked phone numbers and names in the logs").isEmpty();
    }
}
