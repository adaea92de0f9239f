package io.yizhan.partner.notify.service;

import io.yizhan.common.time.StationTime;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * 22:00–07:00 station time (by default) nothing but urgent messages: the rest are held, and show (or
 * are texted) at the end of the quiet hours. Works for any window, also one that does not cross midnight;
 * a window that starts where it ends is empty (no quiet hours: a test stack's choice, so that what it
 * checks does not depend on the hour it runs at).
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean isQuiet(Instant at) {
        if (start.equals(end)) {
            return false;
        }
        LocalTime local = at.atZone(StationTime.ZONE).toLocalTime();
        if (start.isBefore(end)) {
            return !local.isBefore(start) && local.isBefore(end);
        }
        return !local.isBefore(start) || local.isBefore(end);
    }

    /** When a message created at {@code at} may reach its person. */
    public OffsetDateTime releaseAt(Instant at, boolean urgent) {
        ZonedDateTime local = at.atZone(StationTime.ZONE);
        if (urgent || !isQuiet(at)) {
            return local.toOffsetDateTime();
        }
        ZonedDateTime release = local.with(end).withSecond(0).withNano(0);
        if (!release.isAfter(local)) {
            release = release.plusDays(1);
        }
        return release.toOffsetDateTime();
    }
}
