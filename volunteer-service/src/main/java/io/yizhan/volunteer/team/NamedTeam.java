package io.yizhan.volunteer.team;

import java.util.Map;
import java.util.UUID;

/** A team with the names its console shows: its station's, and its members' display names by volunteer id. */
public record NamedTeam(Team team, String stationName, Map<UUID, String> memberNames) {
}
