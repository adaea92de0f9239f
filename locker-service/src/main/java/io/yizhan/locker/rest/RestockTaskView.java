package io.yizhan.locker.rest;

import io.yizhan.locker.service.RestockService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A restock task with what to put where: the plan's target minus what the compartment holds now. */
public record RestockTaskView(UUID id, UUID lockerId, LocalDate dueDate, String status, String statusLabel,
                              OffsetDateTime doneAt, UUID operationId, List<Line> toFill) {

    public static RestockTaskView of(RestockService.Task t) {
        return new RestockTaskView(t.id(), t.lockerId(), t.dueDate(), t.status(), "OPEN".equals(t.status()) ? "待补货" : "已完成",
                t.doneAt(), t.operationId(), t.toFill().stream().map(l -> new Line(l.compartmentNumber(), l.itemId(), l.itemName(),
                        l.targetQuantity(), l.quantity(), l.toAdd())).toList());
    }

    public record Line(int compartmentNumber, UUID itemId, String itemName, int targetQuantity, int quantity, int toAdd) {
    }
}
