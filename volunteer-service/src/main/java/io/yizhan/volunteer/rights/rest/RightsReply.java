package io.yizhan.volunteer.rights.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message in a rights case's thread. */
public record RightsReply(
        @NotBlank(message = "请填写内容 / body is required")
        @Size(max = 2000, message = "内容最多 2000 字 / body is at most 2000 characters") String body) {
}
