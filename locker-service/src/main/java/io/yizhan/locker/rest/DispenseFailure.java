package io.yizhan.locker.rest;

import jakarta.validation.constraints.Size;

/** A device's report that the compartment did not open or the item did not come out. */
public record DispenseFailure(@Size(max = 200, message = "原因最多 200 个字符 / reason is at most 200 characters") String reason) {
}
