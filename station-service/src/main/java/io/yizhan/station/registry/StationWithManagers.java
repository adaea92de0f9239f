package io.yizhan.station.registry;

import java.util.List;

/** A station as its administrators see it: with its managers' login names, or null where a list does not load them. */
public record StationWithManagers(Station station, List<String> managers) {
}
