package io.yizhan.volunteer.shift.rest;

import io.yizhan.volunteer.shift.Shift;
import io.yizhan.volunteer.shift.StationShift;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ShiftView(UUID id, UUID stationId, String stationName, String tenant, String kind, String kindLabel, String title,
                        String roleNeeded, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int confirmed,
                        int openPlaces, UUID seriesId) {

    static ShiftView of(StationShift named) {
        Shift s = named.shift();
        return new ShiftView(s.id, s.stationId, named.stationName(), s.tenant, s.kind.name(), s.kind.label, s.title,
                s.roleNeeded == null ? null : s.roleNeeded.name(), s.startsAt, s.endsAt, s.capacity, s.confirmed,
                s.capacity - s.confirmed, s.seriesId);
    }

    static List<ShiftView> ofAll(List<StationShift> shifts) {
        return shifts.stream().map(ShiftView::of).toList();
    }
}
