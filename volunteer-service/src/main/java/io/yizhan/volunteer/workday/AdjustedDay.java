package io.yizhan.volunteer.workday;

import java.time.LocalDate;

/**
 * One day the official calendar changes: a public holiday ({@code working} false) or a weekend day
 * worked in exchange (调休, {@code working} true), with the holiday's name.
 */
public record AdjustedDay(LocalDate date, boolean working, String name) {
}
