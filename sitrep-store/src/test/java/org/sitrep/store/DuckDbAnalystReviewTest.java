package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Analyst review on an embedded DuckDB file. */
class DuckDbAnalystReviewTest extends AnalystReviewContractTest {
    @TempDir
    Path folder;

    @Override
    protected EventStore openFresh() {
        return Stores.open("jdbc:duckdb:" + folder.resolve("sitrep.duckdb"));
    }
}
