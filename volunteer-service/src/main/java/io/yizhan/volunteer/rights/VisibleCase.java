package io.yizhan.volunteer.rights;

import java.util.List;

/**
 * A case as the caller may see it: {@code phone} in full for its city's desk, masked for the worker;
 * {@code overdue} as of the request; {@code replies} (the thread) in the detail only, else null.
 */
public record VisibleCase(RightsCase rightsCase, String phone, boolean overdue, List<RightsCaseReply> replies) {
}
