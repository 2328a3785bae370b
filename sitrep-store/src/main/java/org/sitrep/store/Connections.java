package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the store's connections come from: a fresh one for each call, closed by the caller, so reader
 * threads never share a connection with each other or with the writer.
 */
interface Connections extends AutoCloseable {
    Connection open() throws SQLException;

    /** The bulk path differs per database (DuckDB's Appender, PostgreSQL's COPY). */
    BulkTables bulkTables();

    @Override
    void close();
}
