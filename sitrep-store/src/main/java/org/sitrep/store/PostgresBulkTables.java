package org.sitrep.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/** PostgreSQL's COPY ... FROM STDIN in CSV form: one round trip per table and batch. */
final class PostgresBulkTables implements BulkTables {
    @Override
    public BulkTable open(Connection c, String table, List<String> columns) {
        StringBuilder csv = new StringBuilder();
        return new BulkTable() {
            @Override
            public void row(Object[] values) {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) csv.append(',');
                    Object v = values[i];
                    // Unquoted empty is NULL in COPY's CSV form; every string is quoted, so "" stays an empty string.
                    if (v instanceof String s) csv.append('"').append(s.replace("\"", "\"\"")).append('"');
                    else if (v != null) csv.append(v);
                }
                csv.append('\n');
            }

            @Override
            public void close() throws SQLException {
                if (csv.isEmpty()) return;
                try {
                    c.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
                } catch (IOException e) {
                    throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
                }
            }
        };
    }
}
