package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;
import org.sitrep.model.SitrepException;

/**
 * DuckDB allows one open database per file and process; each call gets a duplicate() of the one
 * connection, which shares that database instance and gives its own transaction (DuckDB's MVCC lets
 * readers go on while the writer commits).
 */
final class DuckDbConnections implements Connections {
    private final DuckDBConnection database;

    DuckDbConnections(DuckDBConnection database) {
        this.database = database;
    }

    @Override
    public Connection open() throws SQLException {
        return database.duplicate();
    }

    @Override
    public BulkTables bulkTables() {
        return new DuckDbBulkTables();
    }

    @Override
    public void close() {
        try {
            database.close();
        } catch (SQLException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot close the store: " + e.getMessage(), e);
        }
    }
}
