package io.yizhan.volunteer.wish.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A worker's micro-wish: category, what is wished, a value cap (at most 200 yuan) and where to hand it over. */
public record WishRequest(
        @NotNull(message = "请选择类别 / category is required")
        @Pattern(regexp = "^(DAILY_NEEDS|WORK_GEAR|CHILDREN|HEALTH|STUDY|OTHER)$",
                message = "类别须为 DAILY_NEEDS, WORK_GEAR, CHILDREN, HEALTH, STUDY, OTHER / unknown category") String category,
        @NotBlank(message = "请描述心愿 / description is required")
        @Size(max = 200, message = "描述最多 200 字 / description is at most 200 characters") String description,
        @NotNull(message = "请填写价值上限（分）/ valueCapFen is required")
        @Min(value = 1, message = "价值须为正 / valueCapFen must be positive")
        @Max(value = 20000, message = "心愿价值不超过 200 元 / a wish is worth at most 200 yuan (20000 fen)") Integer valueCapFen,
        @NotNull(message = "请选择交接驿站 / stationId is required") UUID stationId) {
}
