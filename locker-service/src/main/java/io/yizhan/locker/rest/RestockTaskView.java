package io.yizhan.locker.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A restock task with what to put where: the plan's target minus what the compartment holds now. */
public record RestockTaskView(UUID id, UUID lockerId, LocalDate dueDate, String status, String statusLabel,
                              OffsetDateTime doneAt, UUID operationId, List<Line> toFill) {

    public record Line(int compartmentNumber, UUID itemId, String itemName, int targetQuantity, int quantity, int toAdd) {
    }
}
