package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Story linking on the PostgreSQL server at 127.0.0.1:5432, database test (trust auth, running
 * on every machine and in CI). Each test gets a fresh schema, dropped afterwards.
 */
class PostgresStoryStoreTest extends StoryStoreContractTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private final String schema = "sitrep_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected EventStore openFresh() {
        return reopen();
    }

    @Override
    protected EventStore reopen() {
        return Stores.open(SERVER + "?currentSchema=" + schema);
    }

    @Override
    protected void dropAll() {
        try (Connection c = DriverManager.getConnection(SERVER + "?user=postgres"); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new AssertionError("cannot drop test schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
