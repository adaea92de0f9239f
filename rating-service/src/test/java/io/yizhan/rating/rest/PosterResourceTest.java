package io.yizhan.rating.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.rating.TestStations;
import io.yizhan.rating.service.PosterRenderer;
import io.yizhan.rating.service.StationCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PosterResourceTest {

    static final String PROBLEM = "application/problem+json";

    static byte[] poster(UUID station, String kind, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/ratings/qr/{id}/poster." + kind, station)
                .then().statusCode(200).contentType(kind.equals("pdf") ? "application/pdf" : "image/png")
                .extract().asByteArray();
    }

    static String url(UUID station) {
        return given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).accept("application/json")
                .when().get("/api/v1/ratings/qr/{id}", station).then().statusCode(200).extract().path("url");
    }

    @Test
    void thePdfIsAnA4PageWithTheStationsNameTheQrAndItsShortCodeInAnEmbeddedChineseFont() throws Exception {
        UUID station = TestStations.open("fuzhou", "五一广场爱心驿站");
        byte[] pdf = poster(station, "pdf", TestTokens.cityAdmin("fuzhou"));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());

            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("五一广场爱心驿站", PosterRenderer.HEADLINE, "福州", StationCode.of(station), url(station));

            List<PDImageXObject> images = new ArrayList<>();
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(images).hasSize(1);
            // the QR image decodes to the same link as the API's QR code
            assertThat(QrResourceTest.decode(png(images.get(0).getImage()))).isEqualTo(url(station));
            // one embedded font, a subset (PDF names subsets with a six-letter tag, "ABCDEF+Name")
            assertThat(fonts).hasSize(1);
            assertThat(fonts.get(0).isEmbedded()).isTrue();
            assertThat(fonts.get(0).getName()).matches("[A-Z]{6}\\+.*");
        }
        // a subset of a 5 MB collection: the whole file would not fit
        assertThat(pdf.length).isLessThan(300_000);
    }

    @Test
    void thePngIsAnA4ImageWhoseQrOpensTheSameLinkAsThePdf() throws Exception {
        UUID station = TestStations.open("fuzhou", "海报图片驿站");
        byte[] png = poster(station, "png", TestTokens.provinceAdmin());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isBetween(1230, 1250);
        assertThat(image.getHeight()).isBetween(1750, 1760);
        String link = QrResourceTest.decode(png);
        assertThat(link).isEqualTo(url(station)).startsWith("https://portal.yizhan.test/s/" + station + "?t=1.");
    }

    @Test
    void aRotatedCodesOldPosterIsRefusedAndTheNewOneOpensTheStation() throws Exception {
        UUID station = TestStations.open("fuzhou", "海报换码驿站");
        String old = QrResourceTest.decode(poster(station, "png", TestTokens.cityAdmin("fuzhou")));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/ratings/qr/{id}/rotation", station)
                .then().statusCode(200).body("version", equalTo(2));
        String current = QrResourceTest.decode(poster(station, "png", TestTokens.cityAdmin("fuzhou")));
        assertThat(current).isNotEqualTo(old).contains("?t=2.");

        given().when().get(QrResourceTest.scanPathOf(old)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("t")).body("detail", containsString("已更换"));
        given().when().get(QrResourceTest.scanPathOf(current)).then().statusCode(200).body("name", equalTo("海报换码驿站"));
    }

    @Test
    void onlyTheStationsCityAdminOrTheProvinceGetsThePoster() {
        UUID station = TestStations.open("fuzhou", "海报权限驿站");
        for (String kind : List.of("pdf", "png")) {
            given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/ratings/qr/{id}/poster." + kind, station)
                    .then().statusCode(404).contentType(PROBLEM);
            given().auth().oauth2(TestTokens.stationManager("fuzhou")).when().get("/api/v1/ratings/qr/{id}/poster." + kind, station)
                    .then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/ratings/qr/{id}/poster." + kind, station)
                    .then().statusCode(403).contentType(PROBLEM);
            given().when().get("/api/v1/ratings/qr/{id}/poster." + kind, station).then().statusCode(401).contentType(PROBLEM);
        }
    }

    static byte[] png(BufferedImage image) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
