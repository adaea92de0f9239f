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

/** The weekly restock plan of a locker: on which weekday (1 = Monday) to fill which compartment with what, up to how many. */
public record RestockPlanRequest(
        @NotNull(message = "请指定补货日（1=周一 … 7=周日）/ weekday is required (1 = Monday … 7 = Sunday)")
        @Min(value = 1, message = "补货日为 1–7 / weekday is 1 to 7")
        @Max(value = 7, message = "补货日为 1–7 / weekday is 1 to 7") Integer weekday,
        @NotEmpty(message = "请至少填写一个格口 / lines must not be empty")
        @Size(max = 60, message = "最多 60 行 / at most 60 lines") List<@Valid @NotNull(message = "行不能为空 / a line must not be null") Line> lines) {

    public RestockService.NewPlan toNewPlan() {
        return new RestockService.NewPlan(weekday, lines.stream()
                .map(l -> new RestockService.PlanLine(l.compartmentNumber(), l.itemId(), l.targetQuantity())).toList());
    }

    public record Line(
            @NotNull(message = "请指定格口号 / compartmentNumber is required")
            @Min(value = 1, message = "格口号从 1 开始 / compartmentNumber starts at 1")
            @Max(value = 60, message = "格口号最多 60 / compartmentNumber is at most 60") Integer compartmentNumber,
            @NotNull(message = "请指定物资 / itemId is required") UUID itemId,
            @NotNull(message = "请填写目标数量 / targetQuantity is required")
            @Min(value = 1, message = "目标数量至少 1 / targetQuantity must be at least 1")
            @Max(value = 200, message = "目标数量最多 200 / targetQuantity is at most 200") Integer targetQuantity) {
    }
}
