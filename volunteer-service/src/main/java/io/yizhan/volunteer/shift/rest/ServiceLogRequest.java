package io.yizhan.volunteer.shift.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What was done on a shift, and for how many workers. */
public record ServiceLogRequest(
        @NotBlank(message = "请填写服务内容 / description is required") @Size(max = 500, message = "最多 500 字 / at most 500 characters")
        String description,
        @NotNull(message = "请填写服务人数 / workersServed is required") @Min(0) @Max(10000) Integer workersServed) {
}
