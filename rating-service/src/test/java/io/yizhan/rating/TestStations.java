package io.yizhan.rating;

import io.quarkus.arc.Arc;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.UUID;

/** Station replica rows written straight into the test database (the consumer itself is tested elsewhere). */
public final class TestStations {

    private TestStations() {
    }

    public static Pool pool() {
        return Arc.container().instance(Pool.class).get();
    }

    public static UUID create(String tenant, String name, String status) {
        UUID id = UUID.randomUUID();
        pool().preparedQuery("INSERT INTO station_replica (id, tenant, name, status, lat, lon, version, updated_at)"
                        + " VALUES ($1, $2, $3, $4, 26.08, 119.30, 1, now())")
                .execute(Tuple.of(id, tenant, name, status)).await().indefinitely();
        return id;
    }

    public static UUID open(String tenant, String name) {
        return create(tenant, name, "OPEN");
    }

    public static void sql(String sql, Object... params) {
        pool().preparedQuery(sql).execute(Tuple.from(params)).await().indefinitely();
    }
}
