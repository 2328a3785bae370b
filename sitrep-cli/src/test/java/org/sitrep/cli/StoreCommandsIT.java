package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The store commands end to end through picocli on a DuckDB file: import-acled with a hand-written
 * ACLED-style fixture (invented rows, one malformed), then events, incidents, export, changes, split, merge.
 */
class StoreCommandsIT {
    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SitrepCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String db() {
        return "jdbc:duckdb:" + folder.resolve("cli.duckdb");
    }

    private Run importFixture() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/acled/invented-export.csv").toURI());
        return run("import-acled", fixture.toString(), "--db", db());
    }

    @Test
    void import_acled_reports_the_malformed_line_and_the_rows_are_queryable_by_origin() throws Exception {
        Run imported = importFixture();
        assertEquals(1, imported.exit(), "a skipped row makes the exit code 1");
        assertTrue(imported.out().contains("ACLED events imported: 4, already imported: 0, malformed rows skipped: 1"), imported.out());
        assertTrue(imported.err().contains("invented-export.csv:6: skipped"), imported.err());
        Run again = importFixture();
        assertTrue(again.out().contains("imported: 0, already imported: 4"), again.out());
        Run events = run("events", "--db", db(), "--origin", "acled", "--actor", "militia a", "--format", "json");
        assertEquals(0, events.exit(), events.err());
        JsonNode array = new ObjectMapper().readTree(events.out());
        assertEquals(2, array.size());
        assertEquals("XAA101", array.get(0).get("id").asText());
        assertEquals("acled", array.get(0).get("origin").asText());
        Run table = run("incidents", "--db", db(), "--country", "SY", "--bbox", "36,35,37,37", "--type", "Protests");
        assertEquals(2, table.out().lines().count(), table.out());
        assertTrue(table.out().contains("Tell Saba"), table.out());
        assertEquals(2, run("incidents", "--db", db(), "--type", "Sieges").exit(), "an unknown type is the user's error");
    }

    @Test
    void export_writes_acled_csv_geojson_parquet_and_json() throws Exception {
        importFixture();
        for (String format : List.of("acled-csv", "geojson", "parquet", "json")) {
            Path out = folder.resolve("out." + format);
            Run r = run("export", "--db", db(), "--format", format, "--out", out.toString(), "--since", "2017-11-14");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("wrote 2 events"), r.out());
            assertTrue(Files.size(out) > 0);
        }
        assertTrue(Files.readAllLines(folder.resolve("out.acled-csv")).get(0).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type"));
        JsonNode geo = new ObjectMapper().readTree(folder.resolve("out.geojson").toFile());
        assertEquals(36.8, geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT string_agg(event_id_cnty, ',' ORDER BY event_id_cnty) FROM read_parquet('" + folder.resolve("out.parquet") + "')")) {
            assertTrue(rs.next());
            assertEquals("XAA102,XAA104", rs.getString(1));
        }
        Run incidents = run("export", "--db", db(), "--format", "geojson", "--incidents", "--out", folder.resolve("inc.geojson").toString());
        assertTrue(incidents.out().startsWith("wrote 4 incidents"), incidents.out());
        assertEquals(2, run("export", "--db", db(), "--format", "shapefile", "--out", "x").exit());
    }

    @Test
    void split_merge_and_the_change_feed_through_the_command_line() throws Exception {
        importFixture();
        JsonNode incidents = new ObjectMapper().readTree(run("incidents", "--db", db(), "--format", "json").out());
        String a = incidents.get(0).get("id").asText();
        String b = incidents.get(1).get("id").asText();
        Run merged = run("merge", a, b, "--db", db(), "--who", "tester", "--why", "same clash");
        assertEquals(0, merged.exit(), merged.err());
        assertTrue(merged.out().contains("now has 2 event(s)"), merged.out());
        String moved = incidents.get(1).get("events").get(0).get("event_id").asText();
        Run split = run("split", a, moved, "--db", db());
        assertEquals(0, split.exit(), split.err());
        assertTrue(split.out().contains("keeps 1 event(s); new incident"), split.out());
        Run changes = run("changes", "--since", "2000-01-01", "--db", db());
        List<String> kinds = changes.out().lines().skip(1).map(l -> l.split("\t")[3]).toList();
        assertEquals(List.of("created", "created", "created", "created", "revised", "deleted", "revised", "created"), kinds);
        assertEquals(2, run("split", a, "no-such-event", "--db", db()).exit());
        Run control = run("control", "Jisr Amer", "--db", db());
        assertEquals(0, control.exit(), control.err());
        assertEquals(1, control.out().lines().count(), "ACLED's clash and looting are no transfer of territory");
    }
}
