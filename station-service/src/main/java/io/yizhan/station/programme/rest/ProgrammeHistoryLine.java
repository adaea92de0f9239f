package io.yizhan.station.programme.rest;

import io.yizhan.station.programme.service.ProgrammeService;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a year's build and upgrade history: {@code source} BUILD is the station's own build
 * year and kind in the registry, UPGRADE_RECORDED a later upgrade recorded for that year.
 */
public record ProgrammeHistoryLine(UUID stationId, String stationName, String tenant, String kind, String kindLabel,
                                   int year, String source, OffsetDateTime at, String note) {

    public static ProgrammeHistoryLine of(ProgrammeService.HistoryLine h) {
        return new ProgrammeHistoryLine(h.stationId(), h.stationName(), h.tenant(), h.kind().name(), h.kind().label,
                h.year(), h.source(), h.at(), h.note());
    }
}
