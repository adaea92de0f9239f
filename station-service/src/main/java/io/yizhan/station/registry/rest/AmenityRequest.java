package io.yizhan.station.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new entry of the amenity vocabulary, added by a province admin. */
public record AmenityRequest(
        @NotBlank(message = "请填写代码 / code is required")
        @Pattern(regexp = "^[a-z][a-z0-9_]{1,39}$", message = "代码为小写字母、数字、下划线 / code is lower-case letters, digits and _")
        String code,
        @NotBlank(message = "请填写中文名 / nameZh is required") @Size(max = 30, message = "中文名最多 30 字 / nameZh is at most 30 characters")
        String nameZh,
        @NotBlank(message = "请填写英文名 / nameEn is required") @Size(max = 60, message = "英文名最多 60 字 / nameEn is at most 60 characters")
        String nameEn) {
}
