package io.yizhan.volunteer.profile.rest;

import io.yizhan.volunteer.profile.Volunteer;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

public record VolunteerView(UUID id, String displayName, String kind, String cadreLevel, String tenant, List<String> skills) {

    public static VolunteerView of(Volunteer v) {
        return new VolunteerView(v.id, v.displayName, v.kind.name(), v.cadreLevel == null ? null : v.cadreLevel.name(), v.tenant,
                v.skills.isEmpty() ? List.of() : Arrays.asList(v.skills.split(",")));
    }
}
