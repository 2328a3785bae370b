package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's Appender, the fast path for many rows. An appender fills every column of its table in
 * order, so rows go to a temporary table of exactly the named columns and are then inserted with one
 * INSERT ... SELECT: a later migration that adds a column does not break the bulk path.
 */
final class DuckDbBulkTables implements BulkTables {
    @Override
    public BulkTable open(Connection c, String table, List<String> columns) throws SQLException {
        String stage = "bulk_" + table;
        String names = String.join(", ", columns);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE " + stage + " AS SELECT " + names + " FROM " + table + " LIMIT 0");
        }
        DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", stage);
        return new BulkTable() {
            @Override
            public void row(Object[] values) throws SQLException {
                appender.beginRow();
                for (Object v : values) {
                    switch (v) {
                        case null -> appender.appendNull();
                        case String x -> appender.append(x);
                        case Integer x -> appender.append((int) x);
                        case Long x -> appender.append((long) x);
                        case Double x -> appender.append((double) x);
                        case Boolean x -> appender.append((boolean) x);
                        case LocalDate x -> appender.append(x);
                        default -> throw new SQLException("cannot append a " + v.getClass().getSimpleName() + " to " + table);
                    }
                }
                appender.endRow();
            }

            @Override
            public void close() throws SQLException {
                appender.close();
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM " + stage);
                    s.execute("DROP TABLE " + stage);
                }
            }
        };
    }
}
