package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.model.SitrepException;

/**
 * ACLED-shaped rows to a Parquet file through an in-memory DuckDB (COPY ... TO ... (FORMAT PARQUET)),
 * whichever database the store is in: no Parquet library beside the DuckDB driver. Columns are typed
 * (dates, integers, doubles) so R and pandas read them without parsing.
 */
public final class ParquetWriter {
    public void write(List<Map<String, Object>> rows, Path file) {
        List<String> defs = new ArrayList<>();
        for (String c : AcledColumns.COLUMNS) defs.add("\"" + c + "\" " + sqlType(AcledColumns.type(c)));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE acled (" + String.join(", ", defs) + ")");
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("main", "acled")) {
                for (Map<String, Object> row : rows) {
                    a.beginRow();
                    for (String col : AcledColumns.COLUMNS) {
                        switch (row.get(col)) {
                            case null -> a.appendNull();
                            case Integer v -> a.append((int) v);
                            case Long v -> a.append((long) v);
                            case Double v -> a.append((double) v);
                            case LocalDate v -> a.append(v);
                            case Object v -> a.append(v.toString());
                        }
                    }
                    a.endRow();
                }
            }
            s.execute("COPY acled TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
        } catch (SQLException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot write Parquet to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String sqlType(Class<?> type) {
        if (type == LocalDate.class) return "DATE";
        if (type == Integer.class) return "INTEGER";
        if (type == Long.class) return "BIGINT";
        if (type == Double.class) return "DOUBLE";
        return "VARCHAR";
    }
}
