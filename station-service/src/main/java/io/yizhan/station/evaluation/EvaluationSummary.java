package io.yizhan.station.evaluation;

import java.util.List;

/** Cards and inspections per city for a year, and the province's totals (for the portal's charts). */
public record EvaluationSummary(int year, List<City> cities, City total) {

    public record City(String tenant, String nameZh, long yellowIssued, long redIssued, long openNow, long rectified,
                       long delisted, long inspections, Double averageInspectionPercent) {
    }
}
