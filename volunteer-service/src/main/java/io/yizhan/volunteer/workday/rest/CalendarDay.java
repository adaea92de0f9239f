package io.yizhan.volunteer.workday.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One day the official calendar changes: a public holiday ({@code working} false) or a weekend day
 * worked in exchange (调休, {@code working} true), with the holiday's name (国庆节).
 */
public record CalendarDay(
        @NotNull(message = "请填写日期 / date is required")
        @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "日期格式为 YYYY-MM-DD / date must be YYYY-MM-DD") String date,
        @NotNull(message = "请说明是否上班 / working is required (false: holiday, true: worked weekend day)") Boolean working,
        @NotNull(message = "请填写名称 / name is required")
        @Size(min = 1, max = 30, message = "名称 1–30 字 / name is 1 to 30 characters") String name) {
}
