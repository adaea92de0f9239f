package io.yizhan.volunteer.support;

import io.yizhan.common.time.StationTime;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads a timestamptz column of a native query, which the reactive driver hands over in more than one type. */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(StationTime.ZONE).toOffsetDateTime();
        }
        return ((java.sql.Timestamp) value).toInstant().atZone(StationTime.ZONE).toOffsetDateTime();
    }
}
