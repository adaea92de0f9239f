package io.yizhan.common.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for an export: a sheet name, the column titles and the rows. A cell is a {@link Number}
 * (written as a number in Excel), {@code null} (empty) or anything else (written as its text).
 * The same table becomes CSV or Excel through {@link TableWriter}, so the two never disagree.
 */
public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Rows added one by one, as a service walks its query result. */
    public static Builder named(String sheetName, String... headers) {
        return new Builder(sheetName, List.of(headers));
    }

    public static final class Builder {
        private final String sheetName;
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String sheetName, List<String> headers) {
            this.sheetName = sheetName;
            this.headers = headers;
        }

        /** One row; {@code null} cells are allowed (hence not {@code List.of}). */
        public Builder row(Object... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("a row of " + cells.length + " cells for " + headers.size() + " columns");
            }
            rows.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(cells.clone())));
            return this;
        }

        public Table build() {
            return new Table(sheetName, headers, rows);
        }
    }
}
