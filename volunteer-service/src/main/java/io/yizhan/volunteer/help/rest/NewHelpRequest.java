package io.yizhan.volunteer.help.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A worker's call for help at a station: one of the key small matters and a short note. */
public record NewHelpRequest(
        @NotNull(message = "请选择求助的驿站 / stationId is required") UUID stationId,
        @NotNull(message = "请选择求助类别 / category is required")
        @Pattern(regexp = "^(WATER|MEAL|REST|TOILET|CHARGING|LOCKER|OTHER)$",
                message = "类别须为 WATER 饮水, MEAL 用餐, REST 休息, TOILET 如厕, CHARGING 充电, LOCKER 智能柜, OTHER 其他"
                        + " / unknown category") String category,
        @Size(max = 200, message = "备注最多 200 字 / note is at most 200 characters") String note) {
}
