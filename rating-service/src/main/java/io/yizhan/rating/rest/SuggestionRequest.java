package io.yizhan.rating.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A golden idea for a station ({@code stationId}) or for a whole city ({@code tenant}). */
public record SuggestionRequest(
        UUID stationId,
        String tenant,
        @NotBlank(message = "请填写标题 / title is required")
        @Size(max = 100, message = "标题最多 100 字 / title is at most 100 characters")
        String title,
        @NotBlank(message = "请写下您的建议 / body is required")
        @Size(max = 2000, message = "建议最多 2000 字 / body is at most 2000 characters")
        String body) {
}
