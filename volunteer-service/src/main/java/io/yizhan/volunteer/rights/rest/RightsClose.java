package io.yizhan.volunteer.rights.rest;

import jakarta.validation.constraints.Size;

/** Closing a case, with an optional last word to the worker. */
public record RightsClose(@Size(max = 2000, message = "内容最多 2000 字 / note is at most 2000 characters") String note) {
}
