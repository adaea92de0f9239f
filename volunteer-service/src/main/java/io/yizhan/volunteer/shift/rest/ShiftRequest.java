package io.yizhan.volunteer.shift.rest;

import io.yizhan.volunteer.profile.Volunteer;
import io.yizhan.volunteer.shift.Shift;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A shift to publish: a date and local start/end times (station time). With {@code weekdays} and
 * {@code until} it is a weekly pattern whose occurrences are generated from {@code date} to {@code until}.
 */
public record ShiftRequest(
        @NotNull(message = "请填写驿站 / stationId is required") UUID stationId,
        @NotNull(message = "请填写日期 / date is required")
        @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "日期格式为 YYYY-MM-DD / date must be YYYY-MM-DD") String date,
        @NotNull(message = "请填写开始时间 / start is required")
        @Pattern(regexp = "^([01]\\d|2[0-3]):[0-5]\\d$", message = "时间格式为 HH:MM / start must be HH:MM") String start,
        @NotNull(message = "请填写结束时间 / end is required")
        @Pattern(regexp = "^([01]\\d|2[0-3]):[0-5]\\d$", message = "时间格式为 HH:MM / end must be HH:MM") String end,
        @NotNull(message = "请选择类型 / kind is required (STATION_MASTER, BUTLER_DUTY, SERVICE_ACTIVITY)") Shift.Kind kind,
        @NotNull(message = "请填写人数 / capacity is required")
        @Min(value = 1, message = "人数至少为 1 / capacity is at least 1") @Max(value = 500, message = "人数最多 500 / capacity is at most 500")
        Integer capacity,
        @Size(max = 60, message = "标题最多 60 字 / title is at most 60 characters") String title,
        Volunteer.Kind roleNeeded,
        @Size(max = 7, message = "星期最多 7 个 / at most 7 weekdays") java.util.List<@Min(1) @Max(7) Integer> weekdays,
        @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "日期格式为 YYYY-MM-DD / until must be YYYY-MM-DD") String until) {
}
