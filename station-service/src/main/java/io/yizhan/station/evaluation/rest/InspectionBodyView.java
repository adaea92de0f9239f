package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.repository.InspectionBodyRepository;

/** An inspection body: code and name. */
public record InspectionBodyView(String code, String name) {

    public static InspectionBodyView of(InspectionBodyRepository.Body body) {
        return new InspectionBodyView(body.code(), body.name());
    }
}
