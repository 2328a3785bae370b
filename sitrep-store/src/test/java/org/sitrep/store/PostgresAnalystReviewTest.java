package org.sitrep.store;

/**
 * Analyst review on the PostgreSQL server at 127.0.0.1:5432, database test (trust auth, running on every machine
 * and in CI). Each test gets a fresh schema, dropped afterwards.
 */
class PostgresAnalystReviewTest extends AnalystReviewContractTest {
    private final String schema = TestStores.newSchema();

    @Override
    protected EventStore openFresh() {
        return Stores.open(TestStores.postgresUrl(schema));
    }

    @Override
    protected void dropAll() {
        TestStores.drop(schema);
    }
}
