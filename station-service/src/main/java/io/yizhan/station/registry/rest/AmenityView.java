package io.yizhan.station.registry.rest;

import io.yizhan.station.registry.Amenity;

/** An amenity code with its names, e.g. microwave / 微波炉 / Microwave. */
public record AmenityView(String code, String nameZh, String nameEn) {

    public static AmenityView of(Amenity amenity) {
        return new AmenityView(amenity.code, amenity.nameZh, amenity.nameEn);
    }
}
