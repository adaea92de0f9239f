package io.yizhan.station.registry.rest;

/** An amenity code with its names, e.g. microwave / 微波炉 / Microwave. */
public record AmenityView(String code, String nameZh, String nameEn) {
}
