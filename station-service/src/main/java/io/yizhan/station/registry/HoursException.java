package io.yizhan.station.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A day whose hours differ from the weekly schedule: a holiday, a temporary closure, shorter hours. */
public record HoursException(
        @NotNull(message = "请填写日期 / date is required")
        @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "日期格式为 YYYY-MM-DD / date must be YYYY-MM-DD")
        String date,
        boolean closed,
        @Pattern(regexp = OpeningWindow.TIME, message = "时间格式为 HH:MM / opens must be HH:MM")
        String opens,
        @Pattern(regexp = OpeningWindow.TIME, message = "时间格式为 HH:MM / closes must be HH:MM")
        String closes,
        @Size(max = 100, message = "说明最多 100 字 / note is at most 100 characters")
        String note) {
}
