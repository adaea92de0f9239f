package io.yizhan.station.programme.rest;

import io.yizhan.station.programme.BuildCounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A city's targets for a year: new stations, upgraded stations, smart upgrades. */
public record ProgrammeTargets(
        @NotNull(message = "请填写新建目标 / newStations is required") @Min(value = 0, message = "目标不能为负 / must not be negative")
        @Max(value = 100000, message = "目标过大 / too large") Integer newStations,
        @NotNull(message = "请填写提升改造目标 / upgraded is required") @Min(value = 0, message = "目标不能为负 / must not be negative")
        @Max(value = 100000, message = "目标过大 / too large") Integer upgraded,
        @NotNull(message = "请填写智慧化改造目标 / smartUpgrades is required") @Min(value = 0, message = "目标不能为负 / must not be negative")
        @Max(value = 100000, message = "目标过大 / too large") Integer smartUpgrades) {

    public static ProgrammeTargets of(BuildCounts counts) {
        return new ProgrammeTargets(counts.newStations(), counts.upgraded(), counts.smartUpgrades());
    }

    /** Only after Bean Validation: every count is then present. */
    public BuildCounts toCounts() {
        return new BuildCounts(newStations, upgraded, smartUpgrades);
    }
}
