package io.yizhan.volunteer.membership.rest;

import io.yizhan.volunteer.membership.NewMembers;
import io.yizhan.volunteer.support.DayRange;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** New members (applications approved) in a period, per city and per station. */
public record MemberCounts(LocalDate from, LocalDate to, long total, List<City> cities, List<Station> stations) {

    /** The stations' counts as they come (by city, then station), summed per city in that order. */
    static MemberCounts of(DayRange days, List<NewMembers> perStation) {
        Map<String, Long> perCity = new LinkedHashMap<>();
        perStation.forEach(s -> perCity.merge(s.tenant(), s.members(), Long::sum));
        return new MemberCounts(days.from(), days.to(), perCity.values().stream().mapToLong(Long::longValue).sum(),
                perCity.entrySet().stream().map(e -> new City(e.getKey(), e.getValue())).toList(),
                perStation.stream().map(s -> new Station(s.stationId(), s.stationName(), s.tenant(), s.members())).toList());
    }

    public record City(String tenant, long members) {
    }

    public record Station(UUID stationId, String stationName, String tenant, long members) {
    }
}
