package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories end to end: VOA reports of the Jaffar Express attack and two reports of other attacks are
 * ingested into DuckDB; {@code sitrep stories} groups the attack's reports and keeps the others apart,
 * {@code sitrep incidents} names each incident's story, and ingesting again changes no story.
 */
class StoriesIT {
    private static final Path TRAIN = Path.of("src", "test", "resources", "voa-train-attack", "reports.jsonl");
    private static final Path SAMPLE = Path.of("..", "examples", "voa", "sample-50.jsonl");
    private static final Set<String> OTHER_EVENTS = Set.of("voa-8008152", "voa-7686618"); // Somali hotel siege; CAR village attacks
    // The attack itself, the rescue and the final toll; the fixture's fourth report is Kabul's denial, a story of its own.
    private static final List<String> ATTACK_REPORTS = List.of("voa-8006651", "voa-8007760", "voa-8011076");

    @Test
    void reports_of_one_attack_share_a_story_other_attacks_have_their_own_and_a_rerun_changes_none(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(TRAIN));
        for (String line : Files.readAllLines(SAMPLE)) {
            if (OTHER_EVENTS.stream().anyMatch(id -> line.contains("\"id\": \"" + id + "\""))) lines.add(line);
        }
        Path input = Files.write(dir.resolve("reports.jsonl"), lines);
        String db = "jdbc:duckdb:" + dir.resolve("stories.duckdb");
        CliRun ingest = CliRun.of("ingest", input.toString(), "--db", db, "--threads", "2");
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().contains("reports stored: 6,"), ingest.out());

        Map<String, String> storyOf = stories(db);
        assertEquals(6, storyOf.size(), "every stored report has a story: " + storyOf);
        String attack = storyOf.get(ATTACK_REPORTS.get(0));
        for (String id : ATTACK_REPORTS) assertEquals(attack, storyOf.get(id), id + " is about the train attack: " + storyOf);
        for (String id : OTHER_EVENTS) assertNotEquals(attack, storyOf.get(id), id + " is another attack: " + storyOf);
        assertNotEquals(storyOf.get("voa-8008152"), storyOf.get("voa-7686618"));

        CliRun incidents = CliRun.of("incidents", "--db", db);
        assertEquals(0, incidents.exit(), incidents.err());
        List<String> rows = incidents.out().lines().toList();
        assertTrue(rows.get(0).endsWith("\tstory"), rows.get(0));
        assertTrue(rows.stream().skip(1).anyMatch(r -> r.endsWith("\t" + attack)), "an incident of the attack names its story: " + rows);

        CliRun again = CliRun.of("ingest", input.toString(), "--db", db, "--threads", "2");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("already stored (unchanged): 6"), again.out());
        assertEquals(storyOf, stories(db), "a rerun changes no story");
    }

    /** Report id to story id, from {@code sitrep stories --reports}. */
    private static Map<String, String> stories(String db) {
        CliRun run = CliRun.of("stories", "--db", db, "--reports");
        assertEquals(0, run.exit(), run.err());
        List<String> rows = run.out().lines().toList();
        assertEquals("story\treports\tdates\theadline\treport_ids", rows.get(0));
        Map<String, String> out = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t");
            String[] ids = cells[4].split(",");
            assertEquals(Integer.parseInt(cells[1]), ids.length, row);
            for (String id : ids) out.put(id, cells[0]);
        }
        return out;
    }
}
