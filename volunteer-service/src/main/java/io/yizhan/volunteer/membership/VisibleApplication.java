package io.yizhan.volunteer.membership;

/**
 * An application as the caller may see it: with its station's name, and {@code phone} masked unless the
 * service decided the caller may read it in full (the deciding admin of a pending one).
 */
public record VisibleApplication(MembershipApplication application, String stationName, String phone) {
}
