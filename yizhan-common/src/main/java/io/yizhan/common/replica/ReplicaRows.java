package io.yizhan.common.replica;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.pg.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.lang.reflect.Array;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
                .createNativeQuery("SELECT id, version FROM station_replica WHERE id = ANY(CAST(:ids AS uuid[])) FOR UPDATE",
                        Object[].class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList())
                .map(rows -> {
                    Map<UUID, Long> versions = new HashMap<>();
                    for (Object[] row : rows) {
                        versions.put(NativeValues.uuid(row[0]), ((Number) row[1]).longValue());
                    }
                    return versions;
                });
    }

    /** The SQL array type of each kind of value a service's own column may take. */
    private static final Map<Class<?>, String> ARRAY_TYPES = Map.of(String.class, "varchar[]", Boolean.class, "boolean[]",
            Long.class, "bigint[]", Double.class, "double precision[]");

    /**
     * Writes these changes (at most one per station) in one statement; a row already at the same or
     * a newer version is left as it is, so a writer that raced ahead is never undone. Each column
     * travels as one array parameter, so the statement's text is the same for every poll (prepared
     * once) and a poll of 500 changes binds a dozen parameters rather than thousands.
     */
    public Uni<Integer> upsert(StationReplicaTable table, Collection<StationChange> changes, OffsetDateTime updatedAt) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        int size = changes.size();
        Map<String, Object[]> arrays = new LinkedHashMap<>();
        arrays.put("id", new UUID[size]);
        arrays.put("tenant", new String[size]);
        arrays.put("name", new String[size]);
        arrays.put("status", new String[size]);
        arrays.put("lat", new Double[size]);
        arrays.put("lon", new Double[size]);
        arrays.put("version", new Long[size]);
        Map<String, String> types = new LinkedHashMap<>(Map.of("id", "uuid[]", "tenant", "varchar[]", "name", "varchar[]",
                "status", "varchar[]", "lat", "double precision[]", "lon", "double precision[]", "version", "bigint[]"));
        int row = 0;
        for (StationChange change : changes) {
            arrays.get("id")[row] = change.id();
            arrays.get("tenant")[row] = change.tenant();
            arrays.get("name")[row] = change.name();
            arrays.get("status")[row] = change.status();
            arrays.get("lat")[row] = change.lat();
            arrays.get("lon")[row] = change.lon();
            arrays.get("version")[row] = change.version();
            for (Map.Entry<String, Function<StationChange, Object>> extra : table.extraColumns().entrySet()) {
                Object value = extra.getValue().apply(change);
                if (row == 0) {
                    String type = value == null ? null : ARRAY_TYPES.get(value.getClass());
                    if (type == null) {
                        throw new IllegalStateException("column " + extra.getKey() + " takes a value of no known SQL type: " + value);
                    }
                    types.put(extra.getKey(), type);
                    arrays.put(extra.getKey(), (Object[]) Array.newInstance(value.getClass(), size));
                }
                arrays.get(extra.getKey())[row] = value;
            }
            row++;
        }
        List<String> columns = new ArrayList<>(COMMON_COLUMNS);
        columns.addAll(table.extraColumns().keySet());
        List<String> unnested = new ArrayList<>(arrays.keySet());
        String sql = "INSERT INTO station_replica (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", columns.stream().map(c -> "updated_at".equals(c) ? "CAST(:updated_at AS timestamptz)" : "u." + c).toList())
                + " FROM unnest(" + String.join(", ", unnested.stream().map(c -> "CAST(:" + c + " AS " + types.get(c) + ")").toList())
                + ") AS u(" + String.join(", ", unnested) + ")"
                + " ON CONFLICT (id) DO UPDATE SET "
                + String.join(", ", columns.stream().filter(c -> !"id".equals(c)).map(c -> c + " = excluded." + c).toList())
                + " WHERE station_replica.version < excluded.version";
        return Panache.getSession().chain(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(sql).setParameter("updated_at", updatedAt);
            arrays.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }
}
