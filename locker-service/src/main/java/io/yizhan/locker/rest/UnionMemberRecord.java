package io.yizhan.locker.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** TEMPORARY: a worker (token subject) recorded as a union member until member-joined events exist. */
public record UnionMemberRecord(
        String tenant,
        @NotBlank(message = "请填写劳动者标识（令牌 sub）/ worker (the token subject) is required")
        @Size(max = 100, message = "最多 100 个字符 / worker is at most 100 characters") String worker) {
}
