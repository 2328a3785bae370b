package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sitrep eval --task clusters end to end on a small gold of public-domain VOA reports: four reports of
 * the Jaffar Express attack (one real event) and two reports of other attacks elsewhere. Reports of
 * events in different countries are never merged, the headline has exactly the documented keys, and the
 * temporary store is gone afterwards.
 */
class ClustersEvalIT {
    private static final Path TRAIN = Path.of("src", "test", "resources", "voa-train-attack", "reports.jsonl");
    private static final Path SAMPLE = Path.of("..", "examples", "voa", "sample-50.jsonl");
    private static final Set<String> OTHER_EVENTS = Set.of("voa-8008152", "voa-7686618"); // Somali hotel siege; CAR village attacks
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void scores_primary_incidents_from_a_temporary_store_against_the_gold_clusters(@TempDir Path dir) throws Exception {
        List<String> gold = new ArrayList<>();
        for (String line : Files.readAllLines(TRAIN)) gold.add(withCluster(line, "jaffar-express"));
        for (String line : Files.readAllLines(SAMPLE)) {
            ObjectNode r = (ObjectNode) json.readTree(line);
            if (OTHER_EVENTS.contains(r.get("id").asText())) gold.add(withCluster(line, r.get("id").asText()));
        }
        Path goldFile = Files.write(dir.resolve("clusters.jsonl"), gold);
        Path report = dir.resolve("report");
        Set<String> tempBefore = clusterTempDirs();

        CliRun run = CliRun.of("eval", "--task", "clusters", "--gold", goldFile.toString(), "--report", report.toString(), "--json", "--threads", "2");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        JsonNode headline = json.readTree(lines.get(lines.size() - 1));
        List<String> keys = new ArrayList<>();
        headline.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("records", "clusters", "incidents", "bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_precision",
                "pairwise_recall", "incidents_per_event"), keys);
        assertEquals(6, headline.get("records").asInt());
        assertEquals(3, headline.get("clusters").asInt());
        assertEquals(1.0, headline.get("bcubed_precision").asDouble(), "attacks in three countries are never one incident");
        JsonNode details = json.readTree(report.resolve("report.json").toFile()).get("details");
        assertTrue(details.get("coverage").asDouble() > 0, "some reports have a primary incident");
        JsonNode stories = details.get("story_grouping").get("all records");
        assertEquals(1.0, stories.get("bcubed_precision").asDouble(), "attacks in three countries are never one story");
        assertEquals(6, details.get("counts").path("records_grouped_by_incident").asInt() + details.get("counts").path("records_grouped_by_story").asInt());
        assertTrue(Files.readString(report.resolve("report.md")).contains("Coverage"));
        assertTrue(Files.exists(report.resolve("errors.jsonl")));
        assertEquals(tempBefore, clusterTempDirs(), "the temporary store is deleted");
    }

    private String withCluster(String line, String cluster) throws Exception {
        ObjectNode r = (ObjectNode) json.readTree(line);
        r.put("cluster", cluster);
        return json.writeValueAsString(r);
    }

    private static Set<String> clusterTempDirs() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sitrep-clusters")).collect(Collectors.toSet());
        }
    }
}
