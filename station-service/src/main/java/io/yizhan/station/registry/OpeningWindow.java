package io.yizhan.station.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One posted opening window: ISO weekday (1 = Monday … 7 = Sunday) and local times "HH:MM".
 * A closing time at or before the opening time runs past midnight ("22:00"–"02:00").
 */
public record OpeningWindow(
        @NotNull(message = "请填写星期几 (1–7) / day (1 = Monday … 7 = Sunday) is required")
        @Min(value = 1, message = "星期须为 1–7 / day must be 1 (Monday) to 7 (Sunday)")
        @Max(value = 7, message = "星期须为 1–7 / day must be 1 (Monday) to 7 (Sunday)")
        Integer day,
        @NotNull(message = "请填写开门时间 / opens is required")
        @Pattern(regexp = OpeningWindow.TIME, message = "时间格式为 HH:MM / opens must be HH:MM, e.g. 08:30")
        String opens,
        @NotNull(message = "请填写关门时间 / closes is required")
        @Pattern(regexp = OpeningWindow.TIME, message = "时间格式为 HH:MM / closes must be HH:MM, e.g. 20:00")
        String closes) {

    public static final String TIME = "^([01]\\d|2[0-3]):[0-5]\\d$";
}
