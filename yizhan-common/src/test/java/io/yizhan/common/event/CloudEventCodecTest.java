package io.yizhan.common.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.yizhan.common.outbox.OutboxConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wire form of every event: what goes out comes back the same, and what cannot be used is refused by name. */
class CloudEventCodecTest {

    // As the services configure Jackson (fail on unknown properties, ISO dates): the envelope's own
    // tolerance of unknown fields must not depend on a lenient mapper.
    final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    final CloudEventCodec codec = new CloudEventCodec(mapper, new TestConfig(), java.time.Clock.system(io.yizhan.common.time.StationTime.ZONE));

    record Visit(UUID stationId, String tenant, int visits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VisitCount(UUID stationId, int visits) {
    }

    static final String VALID = """
            {"specversion":"1.0","id":"6a1f0c4e-8a53-4a3e-9f65-1c2f4b1b7a10","source":"/station-service",
             "type":"yizhan.station.visited","time":"2026-11-28T09:00:00+08:00","subject":"s-1","tenant":"fuzhou",
             "datacontenttype":"application/json","data":{"stationId":"0e6c1f7a-3c1b-4f0e-9a57-1d2b3c4d5e6f","visits":12}}
            """;

    @Test
    void anEnvelopeWrittenAndReadBackIsTheSameEvent() {
        Visit visit = new Visit(UUID.randomUUID(), "fuzhou", 12);
        CloudEvent sent = codec.envelope("yizhan.station.visited", visit.stationId().toString(), "fuzhou", visit);

        CloudEvent received = codec.read(codec.write(sent));

        assertThat(received.specversion()).isEqualTo("1.0");
        assertThat(received.id()).isEqualTo(sent.id());
        assertThat(received.source()).isEqualTo("/test-service");
        assertThat(received.type()).isEqualTo("yizhan.station.visited");
        assertThat(received.subject()).isEqualTo(visit.stationId().toString());
        assertThat(received.tenant()).isEqualTo("fuzhou");
        assertThat(received.datacontenttype()).isEqualTo("application/json");
        assertThat(received.time().toInstant()).isEqualTo(sent.time().toInstant());
        assertThat(sent.time().getOffset().getTotalSeconds()).as("station time, +08:00").isEqualTo(8 * 3600);
        assertThat(codec.data(received, Visit.class)).isEqualTo(visit);
    }

    @Test
    void unknownFieldsInTheEnvelopeAndTheDataAreTolerated() {
        String withExtras = VALID.replace("\"specversion\":\"1.0\",",
                "\"specversion\":\"1.0\",\"traceparent\":\"00-abc-def-01\",\"partitionkey\":\"x\",")
                .replace("\"visits\":12}", "\"visits\":12,\"denied\":1,\"day\":\"2026-11-27\"}");

        CloudEvent event = codec.read(withExtras);

        assertThat(event.type()).isEqualTo("yizhan.station.visited");
        assertThat(codec.data(event, VisitCount.class).visits()).isEqualTo(12);
    }

    @Test
    void anEnvelopeWithoutIdTypeSubjectOrDataIsMalformed() {
        for (String field : new String[] {"\"id\":\"6a1f0c4e-8a53-4a3e-9f65-1c2f4b1b7a10\",", "\"type\":\"yizhan.station.visited\",",
                "\"subject\":\"s-1\","}) {
            assertThat(VALID).contains(field);
            assertThatThrownBy(() -> codec.read(VALID.replace(field, ""))).as(field)
                    .isInstanceOf(MalformedEventException.class).hasMessageContaining("lacks");
        }
        String noData = VALID.substring(0, VALID.indexOf(",\"data\"")) + "}";
        assertThatThrownBy(() -> codec.read(noData)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read(VALID.replace("\"data\":{", "\"data\":null,\"x\":{")))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anotherSpecVersionIsRefused() {
        assertThatThrownBy(() -> codec.read(VALID.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\"")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("0.3");
    }

    @Test
    void whatIsNotJsonOrIsEmptyIsMalformed() {
        assertThatThrownBy(() -> codec.read("这不是 JSON")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read(null)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read(VALID.replace("6a1f0c4e-8a53-4a3e-9f65-1c2f4b1b7a10", "not-a-uuid")))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void dataOfAnotherShapeIsMalformed() {
        CloudEvent event = codec.read(VALID.replace("\"visits\":12", "\"visits\":\"many\""));
        assertThatThrownBy(() -> codec.data(event, VisitCount.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("VisitCount");
    }

    static final class TestConfig implements OutboxConfig {
        @Override
        public String source() {
            return "/test-service";
        }

        @Override
        public Duration relayInterval() {
            return Duration.ofSeconds(1);
        }

        @Override
        public boolean wakeOnCommit() {
            return true;
        }

        @Override
        public int batchSize() {
            return 100;
        }

        @Override
        public int maxBatchesPerRun() {
            return 20;
        }

        @Override
        public Duration sendTimeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Duration unsettledWait() {
            return Duration.ofMinutes(2);
        }
    }
}
