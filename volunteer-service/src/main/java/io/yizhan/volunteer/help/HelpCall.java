package io.yizhan.volunteer.help;

import java.util.UUID;

/** A worker's call for help at a station: one of the key small matters and an optional short note. */
public record HelpCall(UUID stationId, HelpRequest.Category category, String note) {
}
