package io.yizhan.locker.rest;

import io.yizhan.locker.service.RestockService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record RestockPlanView(UUID lockerId, int weekday, String weekdayLabel, List<Line> lines, OffsetDateTime updatedAt) {

    static final String[] WEEKDAYS = {"", "周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    public static RestockPlanView of(RestockService.Plan p) {
        return new RestockPlanView(p.lockerId(), p.weekday(), WEEKDAYS[p.weekday()], p.lines().stream()
                .map(l -> new Line(l.compartmentNumber(), l.itemId(), l.itemName(), l.targetQuantity())).toList(), p.updatedAt());
    }

    public record Line(int compartmentNumber, UUID itemId, String itemName, int targetQuantity) {
    }
}
