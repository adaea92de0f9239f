package io.yizhan.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a stack's databases directly, as an operator would: the figures of the fault suite are counted
 * where the state is, not taken from the services' own answers. A parameter that is a {@link Set} or an
 * array is bound as a PostgreSQL array.
 */
final class StackDatabase {

    private final PlatformStack stack;

    StackDatabase(PlatformStack stack) {
        this.stack = stack;
    }

    Set<UUID> ids(String db, String sql, Object parameter) throws SQLException {
        Set<UUID> out = new HashSet<>();
        try (Connection c = stack.database(db); PreparedStatement st = prepare(c, sql, parameter);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getObject(1, UUID.class));
            }
        }
        return out;
    }

    long count(String db, String sql, Object parameter) throws SQLException {
        try (Connection c = stack.database(db); PreparedStatement st = prepare(c, sql, parameter);
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Rows and an md5 of each table's rows in a stable order; {@code columns} says what of a row counts
     * (a table's mutable bookkeeping, such as a delivery's next attempt, is left out that way).
     */
    Map<String, String> fingerprint(String db, Map<String, String> columns) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = stack.database(db)) {
            for (Map.Entry<String, String> table : columns.entrySet()) {
                String row = table.getValue();
                String sql = "select count(*) || ' rows ' || coalesce(md5(string_agg(" + row + ", '|' order by " + row + ")), '-') from "
                        + table.getKey() + " t";
                try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                    rs.next();
                    out.put(table.getKey(), rs.getString(1));
                }
            }
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object parameter) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        if (parameter instanceof Set<?> set) {
            Object first = set.isEmpty() ? null : set.iterator().next();
            st.setArray(1, c.createArrayOf(first instanceof UUID ? "uuid" : "varchar", set.toArray()));
        } else if (parameter instanceof List<?> list) {
            Object first = list.isEmpty() ? null : list.get(0);
            st.setArray(1, c.createArrayOf(first instanceof UUID ? "uuid" : "varchar", list.toArray()));
        } else if (parameter != null) {
            st.setObject(1, parameter);
        }
        return st;
    }
}
