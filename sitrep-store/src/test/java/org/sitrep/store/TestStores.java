package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The two real databases every store test runs on: a DuckDB file in a temporary folder, and a fresh
 * schema on the PostgreSQL server at 127.0.0.1:5432 (database test, trust auth), dropped on close.
 */
final class TestStores {
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestStores() {}

    static Stream<String> kinds() {
        return Stream.of("duckdb", "postgres");
    }

    /** An open store and how to get rid of it; {@link #reopen()} opens the same database again. */
    record TestStore(String url, EventStore store, Runnable drop) implements AutoCloseable {
        EventStore reopen() {
            return Stores.open(url);
        }

        @Override
        public void close() {
            store.close();
            drop.run();
        }
    }

    static TestStore open(String kind, Path folder) {
        if (kind.equals("duckdb")) {
            String url = "jdbc:duckdb:" + folder.resolve("sitrep-" + UUID.randomUUID() + ".duckdb");
            return new TestStore(url, Stores.open(url), () -> {});
        }
        String schema = newSchema();
        String url = postgresUrl(schema);
        return new TestStore(url, Stores.open(url), () -> drop(schema));
    }

    /** A schema name no other test uses. */
    static String newSchema() {
        return "sitrep_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String postgresUrl(String schema) {
        return POSTGRES + "?currentSchema=" + schema;
    }

    static void drop(String schema) {
        try (Connection c = DriverManager.getConnection(POSTGRES + "?user=postgres"); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new AssertionError("cannot drop test schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
