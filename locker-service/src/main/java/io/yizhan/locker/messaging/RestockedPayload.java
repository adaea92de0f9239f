package io.yizhan.locker.messaging;

import io.yizhan.locker.rest.RestockView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** data of restocked. */
public record RestockedPayload(UUID operationId, UUID lockerId, UUID stationId, String tenant, UUID taskId, int units,
                               long valueFen, List<RestockView.Line> lines, OffsetDateTime at) {
}
