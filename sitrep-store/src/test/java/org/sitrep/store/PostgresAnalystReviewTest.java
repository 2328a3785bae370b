package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Analyst review on the PostgreSQL server at 127.0.0.1:5432 (database test), in a fresh schema. */
class PostgresAnalystReviewTest extends AnalystReviewContractTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private final String schema = "sitrep_review_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected EventStore openFresh() {
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
