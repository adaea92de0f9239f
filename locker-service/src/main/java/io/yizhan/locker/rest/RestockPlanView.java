package io.yizhan.locker.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record RestockPlanView(UUID lockerId, int weekday, String weekdayLabel, List<Line> lines, OffsetDateTime updatedAt) {

    public record Line(int compartmentNumber, UUID itemId, String itemName, int targetQuantity) {
    }
}
