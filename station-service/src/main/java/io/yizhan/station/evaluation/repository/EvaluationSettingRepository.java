package io.yizhan.station.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Overrides of the rules' settings per scope (the province code or a city code), as JSON text. */
@ApplicationScoped
public class EvaluationSettingRepository {

    public Uni<Optional<String>> settings(String scope) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT settings::text FROM evaluation_setting WHERE scope = :scope", String.class)
                .setParameter("scope", scope).getResultList())
                .map((List<String> rows) -> rows.stream().findFirst());
    }

    /** Stores a scope's overrides; "{}" removes them. */
    public Uni<Void> replace(String scope, String settingsJson, String by) {
        if ("{}".equals(settingsJson)) {
            return Panache.getSession().chain(s -> s.createNativeQuery("DELETE FROM evaluation_setting WHERE scope = :scope")
                    .setParameter("scope", scope).executeUpdate()).replaceWithVoid();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO evaluation_setting (scope, settings, updated_at, updated_by)"
                                + " VALUES (:scope, cast(cast(:settings AS text) AS jsonb), :at, :by)"
                                + " ON CONFLICT (scope) DO UPDATE SET settings = EXCLUDED.settings,"
                                + " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by")
                .setParameter("scope", scope).setParameter("settings", settingsJson)
                .setParameter("at", OffsetDateTime.now()).setParameter("by", by).executeUpdate()).replaceWithVoid();
    }
}
