package io.yizhan.volunteer.tally;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.export.TableWriter;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.volunteer.tally.mapping.TallyTable;
import io.yizhan.volunteer.tally.rest.Tallies;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The tallies as CSV and Excel: the same lines as the JSON, numbers as numbers, names defused, the caller's city only. */
@QuarkusTest
class TallyExportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void everyLineOfTheTalliesBecomesARowWithNumbersAsNumbersAndNamesDefused() throws Exception {
        UUID station = UUID.randomUUID();
        Tallies tallies = new Tallies(2030, "fuzhou", new Tallies.Line(7, 10.5), 3, 100,
                List.of(new Tallies.PersonLine(UUID.randomUUID(), "=HYPERLINK(\"http://x\")", "CADRE", 4, 6.0)),
                List.of(new Tallies.TeamLine(UUID.randomUUID(), "五一广场管家团队", 5, 7.5)),
                List.of(new Tallies.StationLine(station, "@五一广场驿站", 7, 10.5)),
                List.of(new Tallies.CityLine("fuzhou", 7, 10.5)));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableWriter.xlsx(TallyTable.of(tallies))))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(7);
            assertThat(rows.get(0).getCellAsString(3)).contains("人次 person_times");
            assertThat(rows.get(1).getCellAsString(1)).contains("福州");
            assertThat(rows.get(1).getCellAsNumber(3)).contains(new BigDecimal("7"));
            assertThat(rows.get(1).getCellAsNumber(4)).contains(new BigDecimal("10.5"));
            assertThat(rows.get(2).getCellAsNumber(3)).contains(new BigDecimal("3"));
            assertThat(rows.get(4).getCellAsString(1)).contains("'@五一广场驿站");
            assertThat(rows.get(5).getCellAsString(1)).contains("五一广场管家团队");
            assertThat(rows.get(6).getCellAsString(1)).contains("'=HYPERLINK(\"http://x\")");
            assertThat(rows.get(6).getCellAsString(2)).contains("CADRE");
            assertThat(rows.get(6).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("6");
        }
    }

    @Test
    void aCityAdminDownloadsTheirCitysTalliesAsExcelAndCsv() throws Exception {
        byte[] xlsx = given().auth().oauth2(TestTokens.cityAdmin("sanming")).queryParam("year", 2031)
                .when().get("/api/v1/volunteers/tallies.xlsx")
                .then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString("tallies-2031.xlsx"))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellAsString(0)).contains("合计 total");
            assertThat(rows.get(1).getCellAsString(1)).contains("三明");
            assertThat(rows.get(1).getCellAsNumber(3)).contains(BigDecimal.ZERO);
        }
        String csv = given().auth().oauth2(TestTokens.cityAdmin("sanming")).queryParam("year", 2031)
                .when().get("/api/v1/volunteers/tallies.csv").then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("\uFEFF分类 section,名称 name,").contains("\r\n合计 total,三明,,0,");
    }

    @Test
    void anotherCitysTalliesAreNotFoundAndBadInputIsNamed() {
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParam("tenant", "sanming")
                .when().get("/api/v1/volunteers/tallies.xlsx").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityAdmin("sanming")).queryParam("year", "last")
                .when().get("/api/v1/volunteers/tallies.xlsx").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("tenant", "shanghai")
                .when().get("/api/v1/volunteers/tallies.csv").then().statusCode(400).body("violations[0].field", equalTo("tenant"));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/volunteers/tallies.xlsx").then().statusCode(403);
        given().auth().oauth2(TestTokens.volunteer("sanming")).when().get("/api/v1/volunteers/tallies.csv").then().statusCode(403);
    }
}
