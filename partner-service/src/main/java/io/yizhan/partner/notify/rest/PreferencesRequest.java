package io.yizhan.partner.notify.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Replaces the caller's choices; a kind not listed is back to its default (in the feed, no text message). */
public record PreferencesRequest(
        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "请填写11位手机号 / phone must be an 11-digit mobile number")
        String phone,
        @NotNull(message = "请列出各类通知的选择 / kinds is required (may be empty)")
        @Size(max = 50, message = "最多 50 项 / at most 50 entries")
        List<@Valid @NotNull(message = "不能为空 / must not be null") KindChoice> kinds) {

    public record KindChoice(
            @NotNull(message = "请指定通知类别 / kind is required") String kind,
            @NotNull(message = "请指定是否在站内显示 / inApp is required") Boolean inApp,
            @NotNull(message = "请指定是否发短信 / sms is required") Boolean sms) {
    }
}
