package io.yizhan.volunteer.workday.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A year's holidays and worked weekend days, as the State Council's notice lists them; replaces what the city held. */
public record CalendarUpload(
        @NotNull(message = "请填写日期列表 / days is required")
        @Size(max = 80, message = "一年最多 80 个调整日 / at most 80 days a year") List<@Valid @NotNull CalendarDay> days) {
}
