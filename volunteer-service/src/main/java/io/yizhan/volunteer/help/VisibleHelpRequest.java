package io.yizhan.volunteer.help;

/**
 * A help request as the caller may see it, with its station's name: {@code acceptedByMe} and {@code mine}
 * are true for the butler who accepted it and the worker who asked, else null; never who asked.
 */
public record VisibleHelpRequest(HelpRequest request, String stationName, Boolean acceptedByMe, Boolean mine) {
}
