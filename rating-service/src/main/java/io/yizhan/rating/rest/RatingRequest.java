package io.yizhan.rating.rest;

import io.yizhan.rating.service.RatingSubmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A rating as a worker (or an anonymous scanner) sends it. */
public record RatingRequest(
        @NotNull(message = "请选择驿站 / stationId is required")
        UUID stationId,
        @NotNull(message = "请打分（1–5 分） / score is required (1 to 5)")
        @Min(value = 1, message = "评分为 1–5 分 / score is 1 to 5")
        @Max(value = 5, message = "评分为 1–5 分 / score is 1 to 5")
        Integer score,
        @Valid
        Dimensions dimensions,
        @Size(max = 12, message = "标签最多 12 个 / at most 12 tags")
        List<String> tags,
        @Size(max = 500, message = "评论最多 500 字 / comment is at most 500 characters")
        String comment,
        @Size(max = 64, message = "二维码令牌无效 / qrToken is not a valid QR token")
        String qrToken) {

    public RatingSubmission toSubmission() {
        return new RatingSubmission(stationId, score, dimensions == null ? null : new RatingSubmission.Dimensions(
                dimensions.environment(), dimensions.facilities(), dimensions.service(), dimensions.openingAsPosted()),
                tags, comment, qrToken);
    }

    /** Optional 1–5 scores per aspect. */
    public record Dimensions(
            @Min(value = 1, message = "环境评分为 1–5 分 / environment is 1 to 5")
            @Max(value = 5, message = "环境评分为 1–5 分 / environment is 1 to 5")
            Integer environment,
            @Min(value = 1, message = "设施评分为 1–5 分 / facilities is 1 to 5")
            @Max(value = 5, message = "设施评分为 1–5 分 / facilities is 1 to 5")
            Integer facilities,
            @Min(value = 1, message = "服务评分为 1–5 分 / service is 1 to 5")
            @Max(value = 5, message = "服务评分为 1–5 分 / service is 1 to 5")
            Integer service,
            @Min(value = 1, message = "按时开放评分为 1–5 分 / openingAsPosted is 1 to 5")
            @Max(value = 5, message = "按时开放评分为 1–5 分 / openingAsPosted is 1 to 5")
            Integer openingAsPosted) {
    }
}
