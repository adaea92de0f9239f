package io.yizhan.station.photo.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.StationFixture;
import io.yizhan.station.photo.StationPhoto;
import io.yizhan.station.photo.storage.PhotoStorage;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Station photos against the real S3 server (S3Proxy, started by TestStack) and PostgreSQL. */
@QuarkusTest
class PhotoResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    PhotoStorage storage;

    static ValidatableResponse upload(String token, String station, byte[] bytes, String fileName, String type) {
        return given().auth().oauth2(token).multiPart("file", fileName, bytes, type)
                .when().post("/api/v1/stations/{id}/photos", station).then();
    }

    @Test
    void anUploadIsResizedWithAThumbnailListedAndFetchedThroughTheService() throws IOException {
        String station = StationFixture.registerInFuzhou("照片驿站");
        String admin = TestTokens.cityAdmin("fuzhou");
        String id = upload(admin, station, png(2400, 1200), "front.png", "image/png").statusCode(201)
                .body("width", equalTo(1600)).body("height", equalTo(800))
                .body("url", startsWith("/api/v1/stations/" + station + "/photos/")).extract().path("id");

        // any signed-in user sees a station's photos, like its other public data
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}/photos", station).then()
                .statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(id))
                .body("[0].thumbnailUrl", equalTo("/api/v1/stations/" + station + "/photos/" + id + "?size=thumbnail"));
        BufferedImage photo = fetch(TestTokens.worker(), "/api/v1/stations/" + station + "/photos/" + id);
        assertThat(photo.getWidth()).isEqualTo(1600);
        assertThat(photo.getHeight()).isEqualTo(800);
        BufferedImage thumbnail = fetch(TestTokens.worker(), "/api/v1/stations/" + station + "/photos/" + id + "?size=thumbnail");
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(160);
        // a small photo is not enlarged
        upload(admin, station, jpeg(800, 600), "small.jpg", "image/jpeg").statusCode(201)
                .body("width", equalTo(800)).body("height", equalTo(600));
    }

    @Test
    void theStoredPhotoCarriesNoExifOrGpsAndIsTurnedUpright() throws IOException {
        String station = StationFixture.registerInFuzhou("定位照片驿站");
        // a phone's portrait photo: stored landscape, EXIF orientation 6 (turn 90° clockwise), GPS position in Fuzhou
        byte[] original = withGpsExif(jpeg(1000, 500), 6);
        assertThat(segments(original)).contains(0xE1);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("Exif");

        String id = upload(TestTokens.cityAdmin("fuzhou"), station, original, "IMG_0001.jpg", "image/jpeg").statusCode(201)
                .body("width", equalTo(500)).body("height", equalTo(1000)).extract().path("id");

        UUID stationId = UUID.fromString(station);
        UUID photoId = UUID.fromString(id);
        for (String key : List.of(StationPhoto.objectKey(stationId, photoId), StationPhoto.thumbnailKey(stationId, photoId))) {
            byte[] stored = storage.get(key).orElseThrow();   // straight from the S3 server
            assertThat(segments(stored)).as(key + ": JPEG segments").doesNotContain(0xE1, 0xE2, 0xED, 0xFE); // APP1 (Exif/XMP), APP2, APP13, comment
            String text = new String(stored, StandardCharsets.ISO_8859_1);
            assertThat(text).as(key).doesNotContain("Exif").doesNotContain("GPS").doesNotContain("MM\0*");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
            assertThat(image.getHeight()).as(key + ": upright").isGreaterThan(image.getWidth());
        }
    }

    @Test
    void aDeletedPhotoLeavesTheListAndTheBucket() {
        String station = StationFixture.registerInFuzhou("删照片驿站");
        String admin = TestTokens.cityAdmin("fuzhou");
        String id = upload(admin, station, jpeg(640, 480), "a.jpg", "image/jpeg").statusCode(201).extract().path("id");
        UUID stationId = UUID.fromString(station);
        UUID photoId = UUID.fromString(id);
        assertThat(storage.get(StationPhoto.objectKey(stationId, photoId))).isPresent();

        given().auth().oauth2(admin).when().delete("/api/v1/stations/{id}/photos/{photo}", station, id).then().statusCode(204);

        given().auth().oauth2(admin).when().get("/api/v1/stations/{id}/photos", station).then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(admin).when().get("/api/v1/stations/{id}/photos/{photo}", station, id).then().statusCode(404);
        given().auth().oauth2(admin).when().delete("/api/v1/stations/{id}/photos/{photo}", station, id).then().statusCode(404);
        assertThat(storage.get(StationPhoto.objectKey(stationId, photoId))).isEmpty();
        assertThat(storage.get(StationPhoto.thumbnailKey(stationId, photoId))).isEmpty();
    }

    @Test
    void badUploadsAreRefusedNamingTheField() {
        String station = StationFixture.registerInFuzhou("坏上传驿站");
        String admin = TestTokens.cityAdmin("fuzhou");
        upload(admin, station, "not a picture at all".getBytes(StandardCharsets.UTF_8), "x.jpg", "image/jpeg")
                .statusCode(400).contentType(startsWith(PROBLEM)).body("violations[0].field", equalTo("file"));
        // a GIF is an image, but not one we take
        upload(admin, station, gif(), "x.gif", "image/gif")
                .statusCode(400).contentType(startsWith(PROBLEM)).body("violations[0].field", equalTo("file"));
        byte[] tooBig = new byte[9 * 1024 * 1024];
        new Random(7).nextBytes(tooBig);
        upload(admin, station, tooBig, "huge.jpg", "image/jpeg")
                .statusCode(413).contentType(startsWith(PROBLEM)).body("violations[0].field", equalTo("file"));
        given().auth().oauth2(admin).multiPart("other", "x").when().post("/api/v1/stations/{id}/photos", station).then()
                .statusCode(400).contentType(startsWith(PROBLEM)).body("violations[0].field", equalTo("file"));
        upload(admin, "not-a-station-id", jpeg(10, 10), "a.jpg", "image/jpeg")
                .statusCode(400).contentType(startsWith(PROBLEM)).body("violations[0].field", equalTo("id"));
        upload(admin, UUID.randomUUID().toString(), jpeg(10, 10), "a.jpg", "image/jpeg").statusCode(404);
        given().auth().oauth2(admin).when().get("/api/v1/stations/{id}/photos", station).then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(admin).when().get("/api/v1/stations/{id}/photos/{photo}?size=huge", station, UUID.randomUUID()).then()
                .statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void onlyTheStationsAdminsAndItsOwnManagersPutUpAndTakeDownPhotos() {
        String station = StationFixture.registerInFuzhou("权限照片驿站");
        byte[] photo = jpeg(300, 200);
        // roles that never upload
        upload(TestTokens.worker(), station, photo, "a.jpg", "image/jpeg").statusCode(403);
        upload(TestTokens.volunteer("fuzhou"), station, photo, "a.jpg", "image/jpeg").statusCode(403);
        // another city's admin cannot even learn the station exists, as for the station's other admin endpoints
        upload(TestTokens.cityAdmin("zhangzhou"), station, photo, "a.jpg", "image/jpeg").statusCode(404);
        // a manager of the city who does not manage this station: not theirs
        upload(TestTokens.stationManager("fuzhou"), station, photo, "a.jpg", "image/jpeg").statusCode(404);

        String byProvince = upload(TestTokens.provinceAdmin(), station, photo, "a.jpg", "image/jpeg").statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("usernames", List.of("fuzhou-manager"))).when().put("/api/v1/stations/{id}/managers", station)
                .then().statusCode(200);
        String byManager = upload(TestTokens.stationManager("fuzhou"), station, photo, "a.jpg", "image/jpeg").statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.worker()).when().delete("/api/v1/stations/{id}/photos/{photo}", station, byManager).then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().delete("/api/v1/stations/{id}/photos/{photo}", station, byManager)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).when().delete("/api/v1/stations/{id}/photos/{photo}", station, byProvince)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().delete("/api/v1/stations/{id}/photos/{photo}", station, byManager)
                .then().statusCode(204);
        // no token: 401
        given().when().get("/api/v1/stations/{id}/photos", station).then().statusCode(401);
    }

    @Test
    void aManagersPhotoUploadAndRemovalAreEachOneRowOfTheCitysAuditLog() {
        String station = StationFixture.registerInFuzhou("审计照片驿站");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("usernames", List.of("fuzhou-manager"))).when().put("/api/v1/stations/{id}/managers", station)
                .then().statusCode(200);
        String manager = TestTokens.stationManager("fuzhou");
        String up = "photo-" + UUID.randomUUID();
        String id = given().auth().oauth2(manager).header("X-Request-Id", up).multiPart("file", "a.jpg", jpeg(300, 200), "image/jpeg")
                .when().post("/api/v1/stations/{id}/photos", station).then().statusCode(201).extract().path("id");
        String down = "photo-" + UUID.randomUUID();
        given().auth().oauth2(manager).header("X-Request-Id", down).when().delete("/api/v1/stations/{id}/photos/{photo}", station, id)
                .then().statusCode(204);

        assertThat(StationFixture.auditRows(TestTokens.cityAdmin("fuzhou"), up)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("method", "POST").containsEntry("route", "/api/v1/stations/{id}/photos")
                .containsEntry("path", "/api/v1/stations/" + station + "/photos").containsEntry("status", 201)
                .containsEntry("tenant", "fuzhou").containsEntry("roles", List.of("station-manager")));
        assertThat(StationFixture.auditRows(TestTokens.cityAdmin("fuzhou"), down)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("method", "DELETE").containsEntry("route", "/api/v1/stations/{id}/photos/{photoId}")
                .containsEntry("path", "/api/v1/stations/" + station + "/photos/" + id).containsEntry("status", 204));
        // another city does not read Fuzhou's log
        assertThat(StationFixture.auditRows(TestTokens.cityAdmin("zhangzhou"), up)).isEmpty();
    }

    private static BufferedImage fetch(String token, String path) throws IOException {
        byte[] bytes = given().auth().oauth2(token).when().get(path).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    static byte[] jpeg(int w, int h) {
        return encode(picture(w, h), "jpeg");
    }

    static byte[] png(int w, int h) {
        return encode(picture(w, h), "png");
    }

    static byte[] gif() {
        return encode(picture(20, 20), "gif");
    }

    private static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC8102E));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The markers of a JPEG's segments before its image data. */
    static List<Integer> segments(byte[] jpeg) {
        List<Integer> markers = new java.util.ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return markers;
    }

    /**
     * The JPEG with an APP1 Exif segment as a phone writes one: IFD0 with Orientation and a GPS IFD pointer,
     * the GPS IFD with latitude 26°5'6" N, longitude 119°17'47" E (Fuzhou).
     */
    static byte[] withGpsExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0 at 8: 2 entries, next IFD 0
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // GPS IFD at 38: 4 entries, values after it at 38 + 2 + 48 + 4 = 92
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(116);
        tiff.putInt(0);
        tiff.putInt(26).putInt(1).putInt(5).putInt(1).putInt(6).putInt(1);
        tiff.putInt(119).putInt(1).putInt(17).putInt(1).putInt(47).putInt(1);
        byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // after SOI and ImageIO's JFIF APP0 (which must come first)
        int at = (jpeg[3] & 0xFF) == 0xE0 ? 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)) : 2;
        out.write(jpeg, 0, at);
        int length = 2 + 6 + tiffBytes.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiffBytes);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }
}
