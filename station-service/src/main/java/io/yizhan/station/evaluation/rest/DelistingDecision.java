package io.yizhan.station.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The province's decision on a red card's delisting proposal. */
public record DelistingDecision(
        @NotNull(message = "请说明是否摘牌 / confirm (true or false) is required")
        Boolean confirm,
        @NotBlank(message = "请说明理由 / reason is required")
        @Size(max = 1000, message = "理由最多 1000 字 / reason is at most 1000 characters")
        String reason) {
}
