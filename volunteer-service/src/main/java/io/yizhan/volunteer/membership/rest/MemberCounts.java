package io.yizhan.volunteer.membership.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** New members (applications approved) in a period, per city and per station. */
public record MemberCounts(LocalDate from, LocalDate to, long total, List<City> cities, List<Station> stations) {

    public record City(String tenant, long members) {
    }

    public record Station(UUID stationId, String stationName, String tenant, long members) {
    }
}
