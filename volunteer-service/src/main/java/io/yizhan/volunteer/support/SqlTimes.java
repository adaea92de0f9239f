package io.yizhan.volunteer.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads a timestamptz column of a native query, which the reactive driver hands over in more than one type. */
public final class SqlTimes {

    private static final ZoneOffset STATION_OFFSET = ZoneOffset.ofHours(8);

    private SqlTimes() {
    }

    public static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(STATION_OFFSET);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(STATION_OFFSET);
    }
}
