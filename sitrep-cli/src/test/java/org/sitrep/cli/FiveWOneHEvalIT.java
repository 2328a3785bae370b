package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sitrep eval --task 5w1h end to end on hand-written documents in the Giveme5W1H JSON shape (keyed by
 * dId): the pipeline reads title, description and text, the main event's date and place are predicted
 * and scored, and a document with an unreadable gold date is skipped with its line number.
 */
class FiveWOneHEvalIT {
    private static final String ATTACK = "{\"dId\": \"kaduna-attack\", \"category\": \"attack\", \"date_publish\": \"2021-03-04 09:15:00\","
            + " \"title\": \"Gunmen kill five villagers in Kaduna\", \"description\": \"Gunmen killed five villagers in Kaduna on Tuesday, police said.\","
            + " \"text\": \"Police said the attackers fled into the forest after the attack. Residents buried the dead on Wednesday.\","
            + " \"fiveWoneH\": {\"when\": {\"annotated\": [{\"text\": \"Tuesday\", \"parsed\": \"2021-03-02\", \"coderPhraseCount\": 3}]},"
            + " \"where\": {\"annotated\": [{\"text\": \"in Kaduna\", \"coderPhraseCount\": 3}]}}}";
    private static final String CUP = "{\"dId\": \"cup-final\", \"category\": \"sport\", \"date_publish\": \"2021-03-08 18:00:00\","
            + " \"title\": \"Riverside wins the county cup\", \"description\": \"Riverside won the county cup final on Saturday.\","
            + " \"text\": \"The team paraded the trophy through the town centre on Sunday.\","
            + " \"fiveWoneH\": {\"when\": {\"annotated\": [{\"text\": \"Saturday\", \"parsed\": \"2021-03-06\", \"coderPhraseCount\": 2}]},"
            + " \"where\": {\"annotated\": [{\"coderPhraseCount\": 3}]}}}";
    private static final String BAD_DATE = "{\"dId\": \"bad-date\", \"title\": \"x\", \"text\": \"y\","
            + " \"fiveWoneH\": {\"when\": {\"annotated\": [{\"text\": \"someday\", \"parsed\": \"someday\", \"coderPhraseCount\": 1}]}}}";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void predicts_and_scores_the_main_events_date_and_place(@TempDir Path dir) throws Exception {
        Path gold = Files.write(dir.resolve("gold.jsonl"), List.of(ATTACK, CUP, BAD_DATE));
        Path report = dir.resolve("report");
        Path pred = dir.resolve("pred.jsonl");
        CliRun run = CliRun.of("eval", "--task", "5w1h", "--gold", gold.toString(), "--report", report.toString(), "--save-pred",
                pred.toString(), "--json", "--threads", "2");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("line 3: fiveWoneH.when.annotated[0].parsed 'someday'"), run.err());
        JsonNode headline = headline(run);
        assertEquals(List.of("documents", "with_main_event", "when_gold", "when_exact", "when_overlap", "when_unknown", "where_gold",
                "where_match", "where_unknown"), keys(headline));
        assertEquals(2, headline.get("documents").asInt());
        assertEquals(2, headline.get("when_gold").asInt());
        assertEquals(1, headline.get("where_gold").asInt(), "the cup's where entry is a no-answer entry");
        assertEquals(1.0, headline.get("where_match").asDouble(), "the attack is placed in Kaduna");

        List<JsonNode> predictions = new ArrayList<>();
        for (String line : Files.readAllLines(pred)) predictions.add(json.readTree(line));
        JsonNode attack = predictions.get(0).get("main_event");
        assertEquals("kaduna-attack", predictions.get(0).get("id").asText());
        assertEquals("Kaduna", attack.get("location").get("phrase").asText());
        LocalDate earliest = LocalDate.parse(attack.get("date").get("earliest").asText());
        LocalDate latest = LocalDate.parse(attack.get("date").get("latest").asText());
        LocalDate tuesday = LocalDate.of(2021, 3, 2);
        assertFalse(earliest.isAfter(tuesday) || latest.isBefore(tuesday), "the range holds Tuesday: " + attack.get("date"));
        assertTrue(attack.get("sentence").asText().contains("on Tuesday"), "the lead was read: " + attack.get("sentence"));
        assertFalse(predictions.get(0).get("main_type").asText().equals("NONE"));
        assertTrue(Files.readString(report.resolve("report.md")).contains("Per category"));
        assertTrue(Files.readString(report.resolve("errors.jsonl")).contains("\"gold_when\""));
    }

    @Test
    void scores_another_systems_predictions_keyed_by_the_gold_did(@TempDir Path dir) throws Exception {
        Path gold = Files.write(dir.resolve("gold.jsonl"), List.of(ATTACK, CUP));
        Path pred = Files.write(dir.resolve("pred.jsonl"), List.of(
                "{\"id\": \"kaduna-attack\", \"main_event\": {\"date\": {\"earliest\": \"2021-03-02\", \"latest\": \"2021-03-02\"},"
                        + " \"location\": {\"phrase\": \"Kaduna State\"}}}",
                "{\"id\": \"cup-final\", \"main_event\": {\"date\": {\"earliest\": \"2021-03-01\", \"latest\": \"2021-03-07\"}}}"));
        CliRun run = CliRun.of("eval", "--task", "5w1h", "--gold", gold.toString(), "--pred", pred.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode headline = headline(run);
        assertEquals(1.0, headline.get("with_main_event").asDouble());
        assertEquals(0.5, headline.get("when_exact").asDouble());
        assertEquals(1.0, headline.get("when_overlap").asDouble());
        assertEquals(1.0, headline.get("where_match").asDouble());
    }

    private JsonNode headline(CliRun run) throws Exception {
        List<String> lines = run.out().lines().toList();
        return json.readTree(lines.get(lines.size() - 1));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
