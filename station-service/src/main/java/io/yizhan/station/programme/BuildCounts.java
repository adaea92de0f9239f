package io.yizhan.station.programme;

/** Stations of each build kind in a city's year: a target set by the province, or what the registry shows was done. */
public record BuildCounts(int newStations, int upgraded, int smartUpgrades) {

    public static final BuildCounts NONE = new BuildCounts(0, 0, 0);
}
