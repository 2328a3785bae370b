package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.incident.Incident;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;

/**
 * The example article ingested three times, as text, as HTML around the same text and re-cased, is one
 * report: the second and third copies change nothing, on DuckDB and on PostgreSQL.
 */
class SameReportIngestIT {
    private static final Path EXAMPLE = Path.of("..", "examples", "albu-kamal.txt");

    @Test
    void text_html_and_recased_copies_are_one_report_on_duckdb(@TempDir Path dir) throws Exception {
        checkOneReport("jdbc:duckdb:" + dir.resolve("same.duckdb"), copies(dir));
    }

    @Test
    void text_html_and_recased_copies_are_one_report_on_postgresql(@TempDir Path dir) throws Exception {
        try (PostgresSchema schema = new PostgresSchema()) {
            checkOneReport(schema.url(), copies(dir));
        }
    }

    /** The article as it is, as an HTML page with one paragraph per line, and in title case. */
    private static List<Path> copies(Path dir) throws Exception {
        String text = Files.readString(EXAMPLE);
        String html = "<!DOCTYPE html><html><head><title>Albu Kamal</title></head><body><article>\n"
                + text.lines().map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>").collect(Collectors.joining("\n"))
                + "\n</article></body></html>\n";
        String titleCase = text.lines().map(SameReportIngestIT::titleCase).collect(Collectors.joining("\n", "", "\n"));
        return List.of(Files.writeString(dir.resolve("albu-kamal.txt"), text), Files.writeString(dir.resolve("albu-kamal.html"), html),
                Files.writeString(dir.resolve("albu-kamal-title-case.txt"), titleCase));
    }

    private static String titleCase(String line) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : line.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = Character.isWhitespace(c);
        }
        return sb.toString();
    }

    private static void checkOneReport(String db, List<Path> copies) {
        // Separate runs: the first stores the report, the later ones must find it already stored.
        CliRun first = CliRun.of("ingest", copies.get(0).toString(), "--published", "2017-11-13", "--db", db, "--threads", "2");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("reports stored: 1, already stored (unchanged): 0"), first.out());
        Map<String, Object> afterFirst;
        List<String> incidentsAfterFirst;
        try (EventStore store = Stores.open(db)) {
            afterFirst = store.stats();
            incidentsAfterFirst = store.incidents(EventQuery.all()).stream().map(i -> i.id() + "@" + i.revision()).sorted().toList();
        }
        assertFalse(incidentsAfterFirst.isEmpty(), "the article yields incidents");
        CliRun again = CliRun.of("ingest", copies.get(1).toString(), copies.get(2).toString(), "--published", "2017-11-13", "--db", db, "--threads", "2");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("reports stored: 0, already stored (unchanged): 2"), "HTML and re-cased copies are the same report:\n" + again.out());
        try (EventStore store = Stores.open(db)) {
            Map<String, Object> stats = store.stats();
            for (String table : List.of("reports", "events", "incidents", "incident_events", "revisions", "changes")) {
                assertEquals(afterFirst.get(table), stats.get(table), table + " unchanged by the copies");
            }
            assertEquals(1L, stats.get("reports"));
            List<Incident> incidents = store.incidents(EventQuery.all());
            assertEquals(incidentsAfterFirst, incidents.stream().map(i -> i.id() + "@" + i.revision()).sorted().toList(),
                    "no incident was added or revised");
            for (Incident i : incidents) assertEquals(1, i.reportIds().size(), "every incident rests on the one report: " + i.id());
            // "50 killed since friday" is the example's cumulative total: shown beside its incident, never as its toll
            Incident total = incidents.stream().filter(i -> Integer.valueOf(50).equals(i.casualties().cumulative())).findFirst().orElseThrow();
            assertTrue(total.casualties().best() == null || total.casualties().best() != 50, "the total is no single event's toll");
        }
    }
}
