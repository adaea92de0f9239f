package io.yizhan.volunteer.profile.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * My secret calendar link. {@code url} (https, or http on a local stack) and {@code webcalUrl} (the
 * same with {@code webcal://}, which phones open in their calendar app) come only in the answer that
 * made the link: the service keeps a hash of the secret and cannot show it again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarFeedView(boolean active, OffsetDateTime createdAt, String url, String webcalUrl) {

    public static CalendarFeedView none() {
        return new CalendarFeedView(false, null, null, null);
    }

    public static CalendarFeedView existing(OffsetDateTime createdAt) {
        return new CalendarFeedView(true, createdAt, null, null);
    }

    /** The link on the portal's public origin; webcal:// replaces its scheme. */
    public static CalendarFeedView issued(String baseUrl, String secret, OffsetDateTime createdAt) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String url = base + "/api/v1/volunteers/calendar/" + secret + ".ics";
        return new CalendarFeedView(true, createdAt, url, url.replaceFirst("^https?://", "webcal://"));
    }
}
