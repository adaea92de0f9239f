package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.service.InspectionService;
import io.yizhan.station.evaluation.ChecklistItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The inspection sheet (检查表) the province sets; {@code version} is assigned on saving. */
public record Checklist(
        Integer version,
        @NotEmpty(message = "检查表至少一项 / items: at least one item")
        @Size(max = 100, message = "检查表最多 100 项 / items: at most 100")
        List<@Valid ChecklistItem> items,
        Integer maxTotal,
        Integer basePoints) {

    public static Checklist of(InspectionService.ChecklistVersion checklist) {
        List<ChecklistItem> items = checklist.items();
        return new Checklist(checklist.version(), items, items.stream().mapToInt(ChecklistItem::points).sum(),
                items.stream().filter(ChecklistItem::base).mapToInt(ChecklistItem::points).sum());
    }
}
