package io.yizhan.common.replica;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What one service keeps of station-events: the inbox name its replica writer records events under
 * and the columns of its {@code station_replica} table beyond the ones every replica has (id, tenant,
 * name, status, lat, lon, version, updated_at), each with the value it takes from a change.
 */
public final class StationReplicaTable {

    private final String consumer;
    private final Map<String, Function<StationChange, Object>> extraColumns;

    private StationReplicaTable(String consumer, Map<String, Function<StationChange, Object>> extraColumns) {
        this.consumer = consumer;
        this.extraColumns = Collections.unmodifiableMap(extraColumns);
    }

    /** A replica of the common columns only, recorded in the inbox as {@code consumer}. */
    public static StationReplicaTable of(String consumer) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("a replica needs its inbox consumer name");
        }
        return new StationReplicaTable(consumer, new LinkedHashMap<>());
    }

    /** The same table with one more column of this service's own; the value must never be null. */
    public StationReplicaTable withColumn(String column, Function<StationChange, Object> value) {
        // The name goes into SQL text: only plain identifiers, never anything from an event.
        if (column == null || !column.matches("[a-z_][a-z0-9_]*") || ReplicaRows.COMMON_COLUMNS.contains(column)) {
            throw new IllegalArgumentException("not a column of its own: " + column);
        }
        Map<String, Function<StationChange, Object>> columns = new LinkedHashMap<>(extraColumns);
        columns.put(column, value);
        return new StationReplicaTable(consumer, columns);
    }

    public String consumer() {
        return consumer;
    }

    Map<String, Function<StationChange, Object>> extraColumns() {
        return extraColumns;
    }
}
