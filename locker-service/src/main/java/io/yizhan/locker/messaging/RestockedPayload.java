package io.yizhan.locker.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** data of restocked. */
public record RestockedPayload(UUID operationId, UUID lockerId, UUID stationId, String tenant, UUID taskId, int units,
                               long valueFen, List<Line> lines, OffsetDateTime at) {

    /** What went into one compartment, and how many it holds after. */
    public record Line(int compartmentNumber, UUID itemId, String itemName, int added, int quantityAfter) {
    }
}
