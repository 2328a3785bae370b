package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The bulk write path of one database: rows streamed into a table inside the caller's transaction. */
interface BulkTables {
    BulkTable open(Connection c, String table, List<String> columns) throws SQLException;

    /** Rows for one table; {@link #close} writes what is buffered. */
    interface BulkTable extends AutoCloseable {
        void row(Object[] values) throws SQLException;

        @Override
        void close() throws SQLException;
    }
}
