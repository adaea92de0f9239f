package io.yizhan.volunteer.membership.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The city union's decision on an application. */
public record MembershipDecision(
        @NotNull(message = "请选择是否批准 / approve (true or false) is required") Boolean approve,
        @Size(max = 200, message = "说明最多 200 字 / note is at most 200 characters") String note) {
}
