package org.sitrep.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL schema on the test server (127.0.0.1:5432, database test, trust auth) for one
 * test; the store creates it on first open, {@link #close} drops it with everything in it.
 */
final class PostgresSchema implements AutoCloseable {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    final String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    String url() {
        return SERVER + "&currentSchema=" + name;
    }

    /** A plain connection with this schema on the search path, for checks the store API does not offer. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
