package io.yizhan.station.photo.rest;

import io.yizhan.station.photo.StationPhoto;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A station photo as clients see it: the image and thumbnail are fetched through this service (with the
 * caller's token), never from the bucket directly (docs/adr/0016-station-photos-s3.md).
 */
public record PhotoView(UUID id, UUID stationId, int width, int height, int bytes, OffsetDateTime uploadedAt,
                        String url, String thumbnailUrl) {

    static PhotoView of(StationPhoto photo) {
        String base = "/api/v1/stations/" + photo.stationId() + "/photos/" + photo.id();
        return new PhotoView(photo.id(), photo.stationId(), photo.width(), photo.height(), photo.bytes(), photo.uploadedAt(),
                base, base + "?size=thumbnail");
    }
}
