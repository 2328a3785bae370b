package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The DuckDB migration runner's reading of the shared migration files. */
class DuckDbMigrationsTest {
    @Test
    void statements_split_at_line_ending_semicolons_and_drop_comments() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER)", "CREATE INDEX a_x ON a (x)"),
                DuckDbMigrations.statements("-- a comment;\nCREATE TABLE a (x INTEGER);\n\nCREATE INDEX a_x ON a (x);\n"));
    }

    @Test
    void only_plain_secondary_indexes_are_left_to_postgresql() {
        assertTrue(DuckDbMigrations.secondaryIndex("CREATE INDEX events_country ON events (country)"));
        assertTrue(DuckDbMigrations.secondaryIndex("create index x ON y (z)"));
        assertFalse(DuckDbMigrations.secondaryIndex("CREATE UNIQUE INDEX x ON y (z)"));
        assertFalse(DuckDbMigrations.secondaryIndex("CREATE TABLE separations (event_id TEXT PRIMARY KEY)"));
        assertFalse(DuckDbMigrations.secondaryIndex("ALTER TABLE events ADD COLUMN origin TEXT"));
    }
}
