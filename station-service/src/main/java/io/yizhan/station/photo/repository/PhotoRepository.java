package io.yizhan.station.photo.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.photo.StationPhoto;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Station photos' rows (table station_photo). */
@ApplicationScoped
public class PhotoRepository {

    private static final String COLUMNS = "id, station_id, tenant, object_key, thumbnail_key, width, height, bytes, uploaded_at, uploaded_by";

    public Uni<Void> insert(StationPhoto photo) {
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO station_photo (" + COLUMNS + ")"
                        + " VALUES (:id, :station, :tenant, :key, :thumb, :width, :height, :bytes, :at, :by)")
                .setParameter("id", photo.id()).setParameter("station", photo.stationId()).setParameter("tenant", photo.tenant())
                .setParameter("key", photo.objectKey()).setParameter("thumb", photo.thumbnailKey())
                .setParameter("width", photo.width()).setParameter("height", photo.height()).setParameter("bytes", photo.bytes())
                .setParameter("at", photo.uploadedAt()).setParameter("by", photo.uploadedBy())
                .executeUpdate()).replaceWithVoid();
    }

    /** A station's photos, oldest first (the order they were put up in). */
    @SuppressWarnings("unchecked")
    public Uni<List<StationPhoto>> ofStation(UUID stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT " + COLUMNS + " FROM station_photo"
                        + " WHERE station_id = :station ORDER BY uploaded_at, id", Object[].class)
                .setParameter("station", stationId).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(PhotoRepository::photo).toList());
    }

    /** How many photos a station has, its row locked so that two uploads cannot both pass the limit. */
    public Uni<Long> countLocked(UUID stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT id FROM station WHERE id = :station FOR UPDATE")
                        .setParameter("station", stationId).getResultList()
                .chain(() -> s.createNativeQuery("SELECT count(*) FROM station_photo WHERE station_id = :station", Long.class)
                        .setParameter("station", stationId).getSingleResult()));
    }

    @SuppressWarnings("unchecked")
    public Uni<Optional<StationPhoto>> find(UUID stationId, UUID photoId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT " + COLUMNS + " FROM station_photo"
                        + " WHERE station_id = :station AND id = :id", Object[].class)
                .setParameter("station", stationId).setParameter("id", photoId).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(PhotoRepository::photo).findFirst());
    }

    public Uni<Boolean> delete(UUID stationId, UUID photoId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("DELETE FROM station_photo WHERE station_id = :station AND id = :id")
                .setParameter("station", stationId).setParameter("id", photoId).executeUpdate()).map(n -> n > 0);
    }

    private static StationPhoto photo(Object[] row) {
        return new StationPhoto((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                ((Number) row[5]).intValue(), ((Number) row[6]).intValue(), ((Number) row[7]).intValue(),
                toOffset(row[8]), (String) row[9]);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
