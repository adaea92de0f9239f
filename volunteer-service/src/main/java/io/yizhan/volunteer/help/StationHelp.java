package io.yizhan.volunteer.help;

import java.util.UUID;

/** Help answered at one station in a period: requests, answers, escalations and mean seconds (null when none). */
public record StationHelp(UUID stationId, String stationName, String tenant, long requests, long accepted,
                          long escalatedToManager, long escalatedToCity, Long meanSecondsToAccept, Long meanSecondsToResolve) {
}
