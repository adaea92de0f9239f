package io.yizhan.common.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The event envelope every service publishes: CloudEvents 1.0 in JSON structured mode, with the
 * {@code tenant} extension. {@code subject} is the station id and doubles as the Kafka key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String tenant,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    /** Refuses an envelope a consumer cannot act on, so it goes to the dead-letter topic with a reason. */
    public CloudEvent requireValid() {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("unsupported specversion: " + specversion);
        }
        if (id == null || type == null || type.isBlank() || subject == null || data == null || data.isNull()) {
            throw new MalformedEventException("envelope lacks id, type, subject or data");
        }
        return this;
    }
}
