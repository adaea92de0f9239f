package io.yizhan.station.programme.rest;

import java.util.List;

/**
 * The year's build and upgrade programme: per city and for the province, targets against what the
 * registry shows was built or upgraded that year (stations planned but not yet open do not count).
 */
public record ProgrammeProgress(int year, Line province, List<Line> cities) {

    public record Line(String tenant, String name, ProgrammeTargets target, ProgrammeTargets actual,
                       Integer completionPercent) {
    }
}
