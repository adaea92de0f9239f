package io.yizhan.station.photo;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One stored photo of a station (table station_photo); the image and thumbnail are objects in the bucket. */
public record StationPhoto(UUID id, UUID stationId, String tenant, String objectKey, String thumbnailKey,
                           int width, int height, int bytes, OffsetDateTime uploadedAt, String uploadedBy) {

    public static String objectKey(UUID stationId, UUID photoId) {
        return stationId + "/" + photoId + ".jpg";
    }

    public static String thumbnailKey(UUID stationId, UUID photoId) {
        return stationId + "/" + photoId + "-thumb.jpg";
    }
}
