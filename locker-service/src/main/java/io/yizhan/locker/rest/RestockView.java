package io.yizhan.locker.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record RestockView(UUID id, UUID lockerId, UUID taskId, String performedBy, int units, long valueFen,
                          List<Line> lines, OffsetDateTime at) {

    public record Line(int compartmentNumber, UUID itemId, String itemName, int added, int quantityAfter) {
    }
}
