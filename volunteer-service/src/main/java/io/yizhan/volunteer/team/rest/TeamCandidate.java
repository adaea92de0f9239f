package io.yizhan.volunteer.team.rest;

import java.util.UUID;

/** A volunteer who may join a team of the station: the name they chose and their kind, nothing more. */
public record TeamCandidate(UUID id, String displayName, String kind) {
}
