package io.yizhan.volunteer.rights;

/** An unanswered case past its first-reply deadline, and by how many whole hours. */
public record OverdueCase(RightsCase rightsCase, long hoursOverdue) {
}
