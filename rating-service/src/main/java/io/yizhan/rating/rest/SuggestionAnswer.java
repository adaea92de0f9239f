package io.yizhan.rating.rest;

import io.yizhan.rating.Suggestion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A city admin's answer: ACKNOWLEDGED first, then ADOPTED or DECLINED; always with a reply to the author. */
public record SuggestionAnswer(
        @NotNull(message = "请选择 ACKNOWLEDGED、ADOPTED 或 DECLINED / status is ACKNOWLEDGED, ADOPTED or DECLINED")
        Suggestion.Status status,
        @NotBlank(message = "请给作者回复 / reply is required")
        @Size(max = 1000, message = "回复最多 1000 字 / reply is at most 1000 characters")
        String reply) {
}
