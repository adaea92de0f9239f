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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/** The SQL of a service's {@code station_replica} table, in the caller's transaction. */
@ApplicationScoped
public class ReplicaRows {

    /** A column the upsert sends as one array: its name, the array's SQL type and its element class. */
    private record ArrayColumn(String name, String sqlType, Class<?> element, Function<StationChange, Object> value) {

        /** A service's own column, typed by its first value (the values must never be null). */
        static ArrayColumn own(String name, Function<StationChange, Object> value, Object first) {
            String sqlType = first == null ? null : ARRAY_TYPES.get(first.getClass());
            if (sqlType == null) {
                throw new IllegalStateException("column " + name + " takes a value of no known SQL type: " + first);
            }
            return new ArrayColumn(name, sqlType, first.getClass(), value);
        }
    }

    /** The SQL array type of each kind of value a service's own column may take. */
    private static final Map<Class<?>, String> ARRAY_TYPES = Map.of(String.class, "varchar[]", Boolean.class, "boolean[]",
            Long.class, "bigint[]", Double.class, "double precision[]");

    /** The columns every replica has, but updated_at, which is the time of the write (one parameter). */
    private static final List<ArrayColumn> COMMON_ARRAYS = List.of(
            new ArrayColumn("id", "uuid[]", UUID.class, StationChange::id),
            new ArrayColumn("tenant", "varchar[]", String.class, StationChange::tenant),
            new ArrayColumn("name", "varchar[]", String.class, StationChange::name),
            new ArrayColumn("status", "varchar[]", String.class, StationChange::status),
            new ArrayColumn("lat", "double precision[]", Double.class, StationChange::lat),
            new ArrayColumn("lon", "double precision[]", Double.class, StationChange::lon),
            new ArrayColumn("version", "bigint[]", Long.class, StationChange::version));

    /** Every replica's columns: a service's own columns may not take these names. */
    static final List<String> COMMON_COLUMNS = Stream.concat(COMMON_ARRAYS.stream().map(ArrayColumn::name), Stream.of("updated_at"))
            .toList();

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
        StationChange first = changes.iterator().next();
        List<ArrayColumn> arrays = new ArrayList<>(COMMON_ARRAYS);
        table.extraColumns().forEach((name, value) -> arrays.add(ArrayColumn.own(name, value, value.apply(first))));
        List<Object[]> values = arrays.stream().map(c -> (Object[]) Array.newInstance(c.element(), changes.size())).toList();
        int row = 0;
        for (StationChange change : changes) {
            for (int column = 0; column < arrays.size(); column++) {
                values.get(column)[row] = arrays.get(column).value().apply(change);
            }
            row++;
        }
        List<String> names = arrays.stream().map(ArrayColumn::name).toList();
        List<String> columns = new ArrayList<>(names);
        columns.add("updated_at");
        String sql = "INSERT INTO station_replica (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", names.stream().map(c -> "u." + c).toList()) + ", CAST(:updated_at AS timestamptz)"
                + " FROM unnest(" + String.join(", ", arrays.stream().map(c -> "CAST(:" + c.name() + " AS " + c.sqlType() + ")").toList())
                + ") AS u(" + String.join(", ", names) + ")"
                + " ON CONFLICT (id) DO UPDATE SET "
                + String.join(", ", columns.stream().filter(c -> !"id".equals(c)).map(c -> c + " = excluded." + c).toList())
                + " WHERE station_replica.version < excluded.version";
        return Panache.getSession().chain(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(sql).setParameter("updated_at", updatedAt);
            for (int column = 0; column < arrays.size(); column++) {
                query.setParameter(arrays.get(column).name(), values.get(column));
            }
            return query.executeUpdate();
        });
    }
}
