package io.yizhan.locker.rest;

import io.yizhan.locker.service.RestockService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record RestockView(UUID id, UUID lockerId, UUID taskId, String performedBy, int units, long valueFen,
                          List<Line> lines, OffsetDateTime at) {

    public static RestockView of(RestockService.Restock r) {
        return new RestockView(r.id(), r.lockerId(), r.taskId(), r.performedBy(), r.units(), r.valueFen(), r.lines().stream()
                .map(l -> new Line(l.compartmentNumber(), l.itemId(), l.itemName(), l.added(), l.quantityAfter())).toList(), r.at());
    }

    public record Line(int compartmentNumber, UUID itemId, String itemName, int added, int quantityAfter) {
    }
}
