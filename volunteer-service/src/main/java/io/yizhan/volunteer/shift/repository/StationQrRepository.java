package io.yizhan.volunteer.shift.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The wall QR version now posted at each station (table station_qr_version). Call inside a session. */
@ApplicationScoped
public class StationQrRepository {

    /** The station's current version; 1 (the first code) until a rotation was seen. */
    public Uni<Integer> currentVersion(UUID stationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT coalesce(max(version), 1) FROM station_qr_version WHERE station_id = :id", Integer.class)
                .setParameter("id", stationId).getSingleResult());
    }

    /** Raises the station's version to {@code version}; a late, older rotation never lowers it. */
    public Uni<Integer> raise(UUID stationId, int version) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO station_qr_version (station_id, version) VALUES (:id, :v)"
                                + " ON CONFLICT (station_id) DO UPDATE SET version = greatest(station_qr_version.version, EXCLUDED.version)")
                .setParameter("id", stationId).setParameter("v", version).executeUpdate());
    }
}
