package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @Test
    void events_files_are_scored_end_to_end_and_written_as_three_files(@TempDir Path dir)
            throws IOException, URISyntaxException {
        GoldReader reader = new GoldReader();
        GoldFile gold = reader.read(Fixtures.path("eval/events-gold.jsonl"), 0);
        Map<String, ObjectNode> predicted = new HashMap<>();
        for (ObjectNode r : reader.read(Fixtures.path("eval/events-predicted.jsonl"), 0).records()) {
            predicted.put(r.get("id").asText(), r);
        }
        EvalResult result = Scorers.forTask(EvalTask.EVENTS).score(gold.records(), predicted);
        assertEquals(1.0, Json.number(result, "precision"));
        assertEquals(0.5, Json.number(result, "recall"));
        assertEquals(1.0, Json.number(result, "location_acc_25km")); // 5.6 km apart

        new ReportWriter().write(result, dir.resolve("out"));
        String markdown = Files.readString(dir.resolve("out/report.md"));
        assertTrue(markdown.contains("| recall | 0.5000 |"), markdown);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
        assertEquals("events", json.get("task").asText());
        assertEquals(0.5, json.get("headline").get("recall").asDouble());
        assertEquals(2, json.get("details").get("counts").get("records").asInt());
        List<String> errors = Files.readAllLines(dir.resolve("out/errors.jsonl"));
        assertEquals(1, errors.size());
        JsonNode miss = new ObjectMapper().readTree(errors.get(0));
        assertEquals("r2", miss.get("id").asText());
        assertEquals("fn", miss.get("kind").asText());
    }
}
