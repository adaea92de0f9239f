package io.yizhan.station.evaluation.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The city admin's answer to a rectification: accepted closes the card, rejected leaves its deadline standing. */
public record RectificationReview(
        @NotNull(message = "请说明是否通过 / accepted (true or false) is required")
        Boolean accepted,
        @Size(max = 1000, message = "意见最多 1000 字 / remarks is at most 1000 characters")
        String remarks) {
}
