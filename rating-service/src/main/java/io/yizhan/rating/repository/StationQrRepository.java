package io.yizhan.rating.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code station_qr}: each station's current QR token version. A station without a row is at version 1,
 * so only rotated stations have one. Both methods run in the caller's session (and transaction).
 */
@ApplicationScoped
public class StationQrRepository {

    /** The current token version of a station (1 until first rotated). */
    public Uni<Integer> version(UUID stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT coalesce(max(version), 1) FROM station_qr WHERE station_id = :id", Integer.class)
                .setParameter("id", stationId).getSingleResult());
    }

    /**
     * Moves the station to its next version and returns it: 2 for a first rotation (the row did not
     * exist, so the station was at 1). One statement, so two rotations at once give two versions.
     */
    public Uni<Integer> rotate(UUID stationId, OffsetDateTime at, String by) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO station_qr (station_id, version, rotated_at, rotated_by) VALUES (:id, 2, :now, :by)
                        ON CONFLICT (station_id) DO UPDATE SET version = station_qr.version + 1,
                            rotated_at = EXCLUDED.rotated_at, rotated_by = EXCLUDED.rotated_by
                        RETURNING version""", Integer.class)
                .setParameter("id", stationId)
                .setParameter("now", at)
                .setParameter("by", by)
                .getSingleResult());
    }
}
