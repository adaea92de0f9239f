package io.yizhan.volunteer.tally.rest;

import io.yizhan.volunteer.tally.YearTally;

import java.util.List;
import java.util.UUID;

/**
 * Hours and person-times (人次: one checked-in shift of one person) for a year, per person, station
 * and city, and cadre person-times against the year's target.
 */
public record Tallies(int year, String tenant, Line total, int cadrePersonTimes, Integer cadreTarget,
                      List<PersonLine> people, List<TeamLine> teams, List<StationLine> stations, List<CityLine> cities) {

    public static Tallies of(YearTally t) {
        return new Tallies(t.year(), t.tenant(), new Line(t.total().personTimes(), t.total().hours()), t.cadrePersonTimes(), t.cadreTarget(),
                t.people().stream().map(l -> new PersonLine(l.id(), l.name(), l.kind(), l.personTimes(), l.hours())).toList(),
                t.teams().stream().map(l -> new TeamLine(l.id(), l.name(), l.personTimes(), l.hours())).toList(),
                t.stations().stream().map(l -> new StationLine(l.id(), l.name(), l.personTimes(), l.hours())).toList(),
                t.cities().stream().map(l -> new CityLine(l.name(), l.personTimes(), l.hours())).toList());
    }

    public record TeamLine(UUID teamId, String teamName, long personTimes, double hours) {
    }

    public record Line(long personTimes, double hours) {
    }

    public record PersonLine(UUID volunteerId, String displayName, String kind, long personTimes, double hours) {
    }

    public record StationLine(UUID stationId, String stationName, long personTimes, double hours) {
    }

    public record CityLine(String tenant, long personTimes, double hours) {
    }
}
