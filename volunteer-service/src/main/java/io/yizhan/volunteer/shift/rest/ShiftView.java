package io.yizhan.volunteer.shift.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

public record ShiftView(UUID id, UUID stationId, String stationName, String tenant, String kind, String kindLabel, String title,
                        String roleNeeded, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int confirmed,
                        int openPlaces, UUID seriesId) {
}
