package org.sitrep.store;

/**
 * Story linking on the PostgreSQL server at 127.0.0.1:5432, database test (trust auth, running on every machine
 * and in CI). Each test gets a fresh schema, dropped afterwards.
 */
class PostgresStoryStoreTest extends StoryStoreContractTest {
    private final String schema = TestStores.newSchema();

    @Override
    protected EventStore openFresh() {
        return Stores.open(TestStores.postgresUrl(schema));
    }

    @Override
    protected EventStore reopen() {
        return Stores.open(TestStores.postgresUrl(schema));
    }

    @Override
    protected void dropAll() {
        TestStores.drop(schema);
    }
}
