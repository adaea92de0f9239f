package io.yizhan.common.replica;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.pg.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The SQL of a service's {@code station_replica} table, in the caller's transaction. */
@ApplicationScoped
public class ReplicaRows {

    static final List<String> COMMON_COLUMNS = List.of("id", "tenant", "name", "status", "lat", "lon", "version",
            "updated_at");

    /** The versions the replica holds of these stations, locked until the transaction ends. */
    public Uni<Map<UUID, Long>> versionsForUpdate(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT id, version FROM station_replica WHERE id IN (:ids) FOR UPDATE", Object[].class)
                .setParameter("ids", ids)
                .getResultList())
                .map(rows -> {
                    Map<UUID, Long> versions = new HashMap<>();
                    for (Object[] row : rows) {
                        versions.put(NativeValues.uuid(row[0]), ((Number) row[1]).longValue());
                    }
                    return versions;
                });
    }

    /**
     * Writes these changes (at most one per station) in one statement; a row already at the same or
     * a newer version is left as it is, so a writer that raced ahead is never undone.
     */
    public Uni<Integer> upsert(StationReplicaTable table, Collection<StationChange> changes, OffsetDateTime updatedAt) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<String> columns = new ArrayList<>(COMMON_COLUMNS);
        columns.addAll(table.extraColumns().keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO station_replica (").append(String.join(", ", columns))
                .append(") VALUES ");
        Map<String, Object> parameters = new HashMap<>();
        int row = 0;
        for (StationChange change : changes) {
            sql.append(row == 0 ? "(" : ", (");
            List<Object> values = new ArrayList<>(List.of(change.id(), change.tenant(), change.name(), change.status(),
                    change.lat(), change.lon(), change.version(), updatedAt));
            for (Function<StationChange, Object> extra : table.extraColumns().values()) {
                values.add(extra.apply(change));
            }
            for (int column = 0; column < values.size(); column++) {
                String name = "p" + row + "_" + column;
                sql.append(column == 0 ? ":" : ", :").append(name);
                parameters.put(name, values.get(column));
            }
            sql.append(')');
            row++;
        }
        sql.append(" ON CONFLICT (id) DO UPDATE SET ");
        sql.append(String.join(", ", columns.stream().filter(c -> !"id".equals(c)).map(c -> c + " = excluded." + c).toList()));
        sql.append(" WHERE station_replica.version < excluded.version");
        return Panache.getSession().chain(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(sql.toString());
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }
}
