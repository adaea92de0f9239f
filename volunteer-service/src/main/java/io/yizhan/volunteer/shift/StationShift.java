package io.yizhan.volunteer.shift;

/** A shift with the name of its station (null when the station is not known here), as desks and volunteers list it. */
public record StationShift(Shift shift, String stationName) {
}
