package io.yizhan.partner.rest;

import jakarta.validation.constraints.NotBlank;

/** {@code {"status": "ACTIVE"}} re-enables a suspended subscription; {@code SUSPENDED} pauses it. */
public record SubscriptionPatch(@NotBlank(message = "请填写 status（ACTIVE 或 SUSPENDED）/ status is required: ACTIVE or SUSPENDED") String status) {
}
