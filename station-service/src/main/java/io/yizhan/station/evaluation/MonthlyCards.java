package io.yizhan.station.evaluation;

import java.util.List;

/** Cards issued and closed per month of a year: a chart's series. */
public record MonthlyCards(int year, String tenant, List<Month> months) {

    public record Month(int month, long yellowIssued, long redIssued, long rectified, long delisted) {
    }
}
