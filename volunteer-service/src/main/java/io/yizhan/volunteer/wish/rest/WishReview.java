package io.yizhan.volunteer.wish.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record WishReview(
        @NotNull(message = "请填写是否通过 / approve is required") Boolean approve,
        @Size(max = 200, message = "说明最多 200 字 / note is at most 200 characters") String note) {
}
