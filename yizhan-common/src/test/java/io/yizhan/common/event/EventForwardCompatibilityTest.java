package io.yizhan.common.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventForwardCompatibilityTest {

    /** The shape of locker-service's MemberJoined: a consumer's view of another service's event. */
    record MemberJoined(UUID membershipId, UUID stationId, String tenant, String subject, String platform, OffsetDateTime at) {
    }

    // as the services configure Jackson (quarkus.jackson.fail-on-unknown-properties=true for request bodies)
    private final ObjectMapper strict = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final CloudEventCodec codec = new CloudEventCodec(strict, null, java.time.Clock.system(io.yizhan.common.time.StationTime.ZONE));

    private static String event(String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/volunteer-service","type":"yizhan.volunteer.member-joined",
                 "time":"2026-12-04T10:00:00+08:00","subject":"s-1","tenant":"fuzhou","datacontenttype":"application/json",
                 "traceparent":"00-abc-def-01","data":%s}""".formatted(UUID.randomUUID(), data);
    }

    @Test
    void anEventThatGainedAFieldIsStillRead() {
        UUID station = UUID.randomUUID();
        CloudEvent event = codec.read(event("""
                {"membershipId":"%s","stationId":"%s","tenant":"fuzhou","subject":"w-1","platform":"meituan",
                 "at":"2026-12-04T10:00:00+08:00","memberNumber":"FZ-0001","cardIssued":true}""".formatted(UUID.randomUUID(), station)));
        MemberJoined joined = codec.data(event, MemberJoined.class);
        assertThat(joined.stationId()).isEqualTo(station);
        assertThat(joined.platform()).isEqualTo("meituan");
    }

    @Test
    void theApplicationsMapperStaysStrictForRequestBodies() {
        assertThatThrownBy(() -> strict.readValue("{\"tenant\":\"fuzhou\",\"extra\":1}", MemberJoined.class))
                .hasMessageContaining("extra");
    }

    @Test
    void dataOfTheWrongShapeIsStillMalformed() {
        CloudEvent event = codec.read(event("{\"stationId\":\"not-a-uuid\"}"));
        assertThatThrownBy(() -> codec.data(event, MemberJoined.class)).isInstanceOf(MalformedEventException.class);
    }
}
