package io.yizhan.station.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The station manager's rectification report (整改报告) on a yellow card. */
public record Rectification(
        @NotBlank(message = "请填写整改情况 / report: say what was put right")
        @Size(max = 2000, message = "整改报告最多 2000 字 / report is at most 2000 characters")
        String report,
        @Size(max = 9, message = "最多 9 张照片 / at most 9 photos")
        List<@Pattern(regexp = "^https?://\\S{1,500}$", message = "照片须为 http(s) 链接 / each photo must be an http(s) URL") String> photos) {
}
