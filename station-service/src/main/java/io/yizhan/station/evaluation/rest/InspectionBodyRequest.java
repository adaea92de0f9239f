package io.yizhan.station.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An outside inspection body (第三方检查机构); its code is what its inspectors' accounts carry. */
public record InspectionBodyRequest(
        @NotNull(message = "请填写机构代码 / code is required")
        @Pattern(regexp = "^[a-z0-9-]{2,40}$", message = "机构代码为 2–40 位小写字母、数字或连字符 / code is 2-40 of a-z, 0-9 and -")
        String code,
        @NotBlank(message = "请填写机构名称 / name is required")
        @Size(max = 100, message = "机构名称最多 100 字 / name is at most 100 characters")
        String name) {
}
