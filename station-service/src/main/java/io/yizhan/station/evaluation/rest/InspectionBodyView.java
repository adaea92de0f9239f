package io.yizhan.station.evaluation.rest;

/** An inspection body: code and name. */
public record InspectionBodyView(String code, String name) {
}
