package io.yizhan.volunteer.rights;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code yizhan.volunteer.rights-case-answered}: the desk wrote to a worker, so that the worker hears of
 * it (partner-service's notifications). Addressed by the worker's Keycloak subject and naming nobody:
 * no station, no category, no text, no phone; the case number is the desk's reference, not the person.
 */
public record RightsAnsweredPayload(UUID caseId, String caseNumber, String tenant, String subject, OffsetDateTime at) {
}
