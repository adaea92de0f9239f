package io.yizhan.station.programme.rest;

import io.yizhan.station.programme.service.ProgrammeService;

import java.util.List;

/**
 * The year's build and upgrade programme: per city and for the province, targets against what the
 * registry shows was built or upgraded that year (stations planned but not yet open do not count).
 */
public record ProgrammeProgress(int year, Line province, List<Line> cities) {

    public static ProgrammeProgress of(ProgrammeService.Progress p) {
        return new ProgrammeProgress(p.year(), Line.of(p.province()), p.cities().stream().map(Line::of).toList());
    }

    public record Line(String tenant, String name, ProgrammeTargets target, ProgrammeTargets actual,
                       Integer completionPercent) {

        static Line of(ProgrammeService.CityProgress c) {
            return new Line(c.tenant(), c.name(), ProgrammeTargets.of(c.target()), ProgrammeTargets.of(c.actual()),
                    c.completionPercent());
        }
    }
}
