package io.yizhan.volunteer.profile.rest;

import java.util.List;
import java.util.UUID;

public record VolunteerView(UUID id, String displayName, String kind, String cadreLevel, String tenant, List<String> skills) {
}
