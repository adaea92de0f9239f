package io.yizhan.station.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One line of the inspection sheet; base items must all be met in full. */
public record ChecklistItem(
        @NotBlank(message = "请填写代码 / code is required")
        @Pattern(regexp = "^[a-z][a-z0-9_]{1,39}$", message = "代码为小写字母、数字、下划线 / code is lower-case letters, digits and _")
        String code,
        @NotBlank(message = "请填写中文名称 / titleZh is required")
        @Size(max = 100, message = "名称最多 100 字 / titleZh is at most 100 characters")
        String titleZh,
        @Size(max = 200, message = "英文名称最多 200 字 / titleEn is at most 200 characters")
        String titleEn,
        @NotNull(message = "请填写分值 / points is required")
        @Min(value = 1, message = "分值至少 1 / points is at least 1")
        @Max(value = 100, message = "分值最多 100 / points is at most 100")
        Integer points,
        boolean base) {
}
