package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Story linking on an embedded DuckDB file. */
class DuckDbStoryStoreTest extends StoryStoreContractTest {
    @TempDir
    Path folder;

    @Override
    protected EventStore openFresh() {
        return Stores.open("jdbc:duckdb:" + folder.resolve("sitrep.duckdb"));
    }

    @Override
    protected EventStore reopen() {
        return openFresh();
    }
}
