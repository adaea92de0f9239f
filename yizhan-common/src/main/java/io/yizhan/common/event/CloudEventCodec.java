package io.yizhan.common.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yizhan.common.outbox.OutboxConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Builds and reads the JSON envelope; the only place that knows its wire form. */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;
    /**
     * Reads events leniently: the application's mapper refuses unknown properties (a request body with
     * a misspelt field is a 400), but an event that gains a field in a newer producer must still be
     * read by an older consumer (ADR 0003: added fields are not a new version).
     */
    private final ObjectMapper reader;
    private final OutboxConfig config;
    private final Clock clock;

    public CloudEventCodec(ObjectMapper mapper, OutboxConfig config, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
        this.reader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.config = config;
    }

    public CloudEvent envelope(String type, String subject, String tenant, Object data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), config.source(), type,
                OffsetDateTime.now(clock), subject, tenant, "application/json", mapper.valueToTree(data));
    }

    /**
     * An envelope for something that happened at {@code time}, under an id its writer chose: generated demo
     * history (ADR 0017) names its events after what they report, so writing them twice cannot publish twice.
     */
    public CloudEvent envelopeAt(UUID id, String type, String subject, String tenant, Object data, OffsetDateTime time) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, id, config.source(), type, time, subject, tenant, "application/json",
                mapper.valueToTree(data));
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event.type(), e);
        }
    }

    public CloudEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record");
        }
        try {
            return reader.readValue(json, CloudEvent.class).requireValid();
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return reader.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + event.type() + " is not a " + type.getSimpleName(), e);
        }
    }
}
