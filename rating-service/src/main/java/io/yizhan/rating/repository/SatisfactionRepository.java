package io.yizhan.rating.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/**
 * The aggregate queries behind the satisfaction reports, on the Vert.x pool. {@code $1} is the scope
 * (a station id, a tenant, or anything for the province), {@code $2} the moment the report is as of.
 */
@ApplicationScoped
public class SatisfactionRepository {

    public enum Scope {
        STATION("station_id = $1::uuid"), CITY("tenant = $1"), PROVINCE("$1::text IS NOT NULL");

        final String where;

        Scope(String where) {
            this.where = where;
        }
    }

    public static final int[] WINDOWS = {7, 30, 90};

    private final Pool pool;

    public SatisfactionRepository(Pool pool) {
        this.pool = pool;
    }

    /** One row: for each window d, c{d}, a{d}, h{d} (scores of 4–5), e{d}, f{d}, s{d}, o{d}. */
    public Uni<Row> windows(Scope scope, String key, OffsetDateTime asOf) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int d : WINDOWS) {
            String in = "FILTER (WHERE rated_at > $2::timestamptz - interval '" + d + " days')";
            sql.append("count(*) ").append(in).append(" AS c").append(d).append(", ")
                    .append("avg(score) ").append(in).append(" AS a").append(d).append(", ")
                    .append("count(*) FILTER (WHERE rated_at > $2::timestamptz - interval '").append(d).append(" days' AND score >= 4) AS h").append(d).append(", ")
                    .append("avg(environment) ").append(in).append(" AS e").append(d).append(", ")
                    .append("avg(facilities) ").append(in).append(" AS f").append(d).append(", ")
                    .append("avg(service) ").append(in).append(" AS s").append(d).append(", ")
                    .append("avg(opening_as_posted) ").append(in).append(" AS o").append(d).append(", ");
        }
        sql.setLength(sql.length() - 2);
        sql.append(" FROM rating WHERE ").append(scope.where)
                .append(" AND rated_at > $2::timestamptz - interval '90 days' AND rated_at <= $2::timestamptz");
        return pool.preparedQuery(sql.toString()).execute(Tuple.of(key, asOf)).map(rows -> rows.iterator().next());
    }

    /** Rows (slot 0–4, count, average) over the 90 days, by hour of day in station time. */
    public Uni<RowSet<Row>> timeOfDay(Scope scope, String key, OffsetDateTime asOf) {
        return pool.preparedQuery("""
                        SELECT CASE WHEN h < 6 THEN 0 WHEN h < 11 THEN 1 WHEN h < 14 THEN 2 WHEN h < 18 THEN 3 ELSE 4 END AS slot,
                               count(*) AS c, avg(score) AS a
                        FROM (SELECT extract(hour FROM rated_at AT TIME ZONE 'Asia/Shanghai') AS h, score FROM rating
                              WHERE %s AND rated_at > $2::timestamptz - interval '90 days' AND rated_at <= $2::timestamptz) r
                        GROUP BY slot""".formatted(scope.where))
                .execute(Tuple.of(key, asOf));
    }

    /** Rows (week start date, count, average) from {@code from} to {@code asOf}, weeks from Monday in station time. */
    public Uni<RowSet<Row>> weekly(Scope scope, String key, OffsetDateTime asOf, OffsetDateTime from) {
        return pool.preparedQuery("""
                        SELECT date_trunc('week', rated_at AT TIME ZONE 'Asia/Shanghai')::date AS wk, count(*) AS c, avg(score) AS a
                        FROM rating WHERE %s AND rated_at >= $3::timestamptz AND rated_at <= $2::timestamptz
                        GROUP BY wk""".formatted(scope.where))
                .execute(Tuple.of(key, asOf, from));
    }
}
