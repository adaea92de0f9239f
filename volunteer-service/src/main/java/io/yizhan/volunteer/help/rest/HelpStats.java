package io.yizhan.volunteer.help.rest;

import io.yizhan.volunteer.help.StationHelp;
import io.yizhan.volunteer.support.DayRange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Help answered per station: what the evaluation's "help answered" signal is made of. */
public record HelpStats(LocalDate from, LocalDate to, List<Station> stations) {

    static HelpStats of(DayRange days, List<StationHelp> perStation) {
        return new HelpStats(days.from(), days.to(), perStation.stream().map(s -> new Station(s.stationId(), s.stationName(), s.tenant(),
                s.requests(), s.accepted(), s.escalatedToManager(), s.escalatedToCity(), s.meanSecondsToAccept(),
                s.meanSecondsToResolve())).toList());
    }

    public record Station(UUID stationId, String stationName, String tenant, long requests, long accepted,
                          long escalatedToManager, long escalatedToCity, Long meanSecondsToAccept, Long meanSecondsToResolve) {
    }
}
