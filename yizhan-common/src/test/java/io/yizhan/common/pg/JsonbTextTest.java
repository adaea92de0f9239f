package io.yizhan.common.pg;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonbTextTest {

    @Test
    void theSpacesPostgresqlWritesBetweenTokensGo() {
        assertThat(JsonbText.compact("{\"id\": \"a\", \"data\": {\"version\": 2, \"managers\": [\"x\", \"y\"], \"open24h\": false}}"))
                .isEqualTo("{\"id\":\"a\",\"data\":{\"version\":2,\"managers\":[\"x\",\"y\"],\"open24h\":false}}");
    }

    @Test
    void spacesQuotesAndBackslashesInsideStringsStay() {
        String text = "{\"name\": \"鼓楼 驿站, 一号: \\\"东门\\\" \\\\ 旁\", \"note\": \"a\\\\\", \"n\": null}";
        assertThat(JsonbText.compact(text))
                .isEqualTo("{\"name\":\"鼓楼 驿站, 一号: \\\"东门\\\" \\\\ 旁\",\"note\":\"a\\\\\",\"n\":null}");
    }

    @Test
    void whatJacksonWritesComesBackUnchangedAndMeansTheSame() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "台江 驿站 \"星光\"\t\\ 站");
        data.put("lat", 26.0745);
        data.put("managers", List.of("a b", "c"));
        String written = json.writeValueAsString(Map.of("data", data));

        assertThat(JsonbText.compact(written)).isEqualTo(written);
        String spaced = written.replace(",\"", ", \"").replace("\":", "\": ");
        assertThat(json.readTree(JsonbText.compact(spaced))).isEqualTo(json.readTree(written));
    }
}
