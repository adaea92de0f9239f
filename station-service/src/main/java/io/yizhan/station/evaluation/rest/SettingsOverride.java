package io.yizhan.station.evaluation.rest;

import jakarta.validation.constraints.NotNull;

import java.util.Map;

/**
 * Overrides of the rules' settings for the province ({@code tenant} absent) or one city. Only the
 * keys given are overridden; an empty object removes the overrides of that scope.
 */
public record SettingsOverride(
        String tenant,
        @NotNull(message = "请提供 settings 对象 / settings (an object of setting: number) is required")
        Map<String, Double> settings) {
}
