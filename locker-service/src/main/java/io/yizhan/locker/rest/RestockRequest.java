package io.yizhan.locker.rest;

import io.yizhan.locker.service.RestockService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** What was put into which compartment (units added), optionally completing a restock task. */
public record RestockRequest(
        UUID taskId,
        @NotEmpty(message = "请至少填写一个格口 / lines must not be empty")
        @Size(max = 60, message = "最多 60 行 / at most 60 lines") List<@Valid @NotNull(message = "行不能为空 / a line must not be null") Line> lines) {

    public RestockService.NewRestock toNewRestock() {
        return new RestockService.NewRestock(taskId, lines.stream()
                .map(l -> new RestockService.Fill(l.compartmentNumber(), l.itemId(), l.added())).toList());
    }

    public record Line(
            @NotNull(message = "请指定格口号 / compartmentNumber is required")
            @Min(value = 1, message = "格口号从 1 开始 / compartmentNumber starts at 1")
            @Max(value = 60, message = "格口号最多 60 / compartmentNumber is at most 60") Integer compartmentNumber,
            @NotNull(message = "请指定物资 / itemId is required") UUID itemId,
            @NotNull(message = "请填写补货数量 / added is required")
            @Min(value = 1, message = "补货数量至少 1 / added must be at least 1")
            @Max(value = 200, message = "补货数量最多 200 / added is at most 200") Integer added) {
    }
}
