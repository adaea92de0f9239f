package io.yizhan.station.evaluation.rest;

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
}
