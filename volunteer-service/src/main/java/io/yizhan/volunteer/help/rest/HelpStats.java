package io.yizhan.volunteer.help.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Help answered per station: what the evaluation's "help answered" signal is made of. */
public record HelpStats(LocalDate from, LocalDate to, List<Station> stations) {

    public record Station(UUID stationId, String stationName, String tenant, long requests, long accepted,
                          long escalatedToManager, long escalatedToCity, Long meanSecondsToAccept, Long meanSecondsToResolve) {
    }
}
