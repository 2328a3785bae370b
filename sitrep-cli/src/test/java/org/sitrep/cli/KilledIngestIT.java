package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a long ingest, then the same ingest again: every report ends up stored exactly
 * once, with the same reports, events and incidents as an ingest that was never interrupted, and what
 * the killed run left behind is whole reports only (one transaction per report).
 */
class KilledIngestIT {
    private static final Path SAMPLE = Path.of("..", "examples", "voa", "sample-50.jsonl");
    /** Kill once this many reports are stored: well inside the 50, so the kill lands mid-ingest. */
    private static final int KILL_AFTER = 3;
    private static final long MAX_WAIT_MILLIS = 5 * 60 * 1000;

    @Test
    void a_rerun_after_kill_9_stores_every_report_once_and_loses_nothing(@TempDir Path dir) throws Exception {
        try (PostgresSchema killed = new PostgresSchema(); PostgresSchema clean = new PostgresSchema()) {
            Process p = startIngest(killed.url(), dir.resolve("killed.log"));
            int storedAtKill = waitForReports(killed, p);
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed ingest is gone");
            assertEquals(137, p.exitValue(), "killed by signal 9");
            int leftBehind = count(killed, "SELECT COUNT(*) FROM reports");
            assertTrue(leftBehind >= storedAtKill && leftBehind < 50, "killed mid-ingest with " + leftBehind + " reports stored");
            assertWholeReportsOnly(killed);

            CliRun rerun = CliRun.of("ingest", SAMPLE.toString(), "--db", killed.url(), "--threads", "2");
            assertEquals(0, rerun.exit(), rerun.err());
            assertTrue(rerun.out().contains("already stored (unchanged): " + leftBehind + ","), "the rerun skips what was stored:\n" + rerun.out());
            CliRun once = CliRun.of("ingest", SAMPLE.toString(), "--db", clean.url(), "--threads", "2");
            assertEquals(0, once.exit(), once.err());

            assertWholeReportsOnly(killed);
            for (String query : List.of("SELECT id FROM reports", "SELECT id FROM events", "SELECT id FROM incidents",
                    "SELECT incident_id || ' ' || event_id FROM incident_events", "SELECT incident_id || ' ' || revision FROM revisions")) {
                List<String> expected = column(clean, query);
                List<String> actual = column(killed, query);
                assertEquals(expected, actual, "after kill and rerun, as after one clean run: " + query);
                assertEquals(new TreeSet<>(actual).size(), actual.size(), "no duplicates: " + query);
            }
            assertEquals(column(clean, "SELECT id FROM reports").size(), count(killed, "SELECT COUNT(DISTINCT content_hash) FROM reports"));
        }
    }

    private static Process startIngest(String db, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx3g", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        String data = System.getProperty("sitrep.data");
        if (data != null) cmd.add("-Dsitrep.data=" + data);
        cmd.addAll(List.of("org.sitrep.cli.SitrepCli", "ingest", SAMPLE.toString(), "--db", db, "--threads", "2"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SITREP_NO_PROGRESS", "1");
        return pb.start();
    }

    /** Polls the store until the ingest has stored a few reports; fails if the process ends first. */
    private static int waitForReports(PostgresSchema schema, Process p) throws Exception {
        long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            assertTrue(p.isAlive(), "the ingest ended before it could be killed");
            try {
                int n = count(schema, "SELECT COUNT(*) FROM reports");
                if (n >= KILL_AFTER) return n;
            } catch (SQLException notYetMigrated) {
                // the schema appears when the ingest opens the store
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no report was stored within " + MAX_WAIT_MILLIS / 1000 + " s");
    }

    /** Nothing half-stored: every event has its report, every event its incident, every incident its members and history. */
    private static void assertWholeReportsOnly(PostgresSchema schema) throws SQLException {
        assertEquals(0, count(schema, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = e.report_id)"));
        assertEquals(0, count(schema, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_events x WHERE x.event_id = e.id)"));
        assertEquals(0, count(schema, "SELECT COUNT(*) FROM incident_events x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = x.event_id)"));
        assertEquals(0, count(schema, "SELECT COUNT(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM incident_events x WHERE x.incident_id = i.id)"));
        assertEquals(0, count(schema, "SELECT COUNT(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM revisions v WHERE v.incident_id = i.id AND v.revision = i.revision)"));
        assertEquals(0, count(schema, "SELECT COUNT(*) FROM revisions v WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = v.report_id)"));
    }

    private static int count(PostgresSchema schema, String sql) throws SQLException {
        try (Connection c = schema.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> column(PostgresSchema schema, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = schema.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql + " ORDER BY 1")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
