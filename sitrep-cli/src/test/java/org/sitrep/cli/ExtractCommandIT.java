package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end through the command line, with the real models and gazetteer, on the bundled example. */
class ExtractCommandIT {
    private static final Path EXAMPLE = Path.of("..", "examples", "albu-kamal.txt");

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

    /** The events of the first (only) report of a file extracted with the given publication date. */
    private static JsonNode events(Path report, String published) throws Exception {
        return report(report, published).get("events");
    }

    private static JsonNode report(Path report, String published) throws Exception {
        return new ObjectMapper().readTree(run("extract", report.toString(), "--published", published, "--format", "jsonl")
                .out().lines().findFirst().orElseThrow());
    }

    /** The left-out candidates of a report as "sub-event type: reason" lines. */
    private static List<String> leftOut(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : report.get("left_out")) out.add(l.get("sub_event_type").asText() + ": " + l.get("reason").asText());
        return out;
    }

    @Test
    void example_article_yields_air_strikes_and_fighting_each_with_its_evidence_sentence() throws Exception {
        Run r = run("extract", EXAMPLE.toString(), "--published", "2017-11-13", "--format", "jsonl", "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
        String text = Files.readString(EXAMPLE);
        List<String> subTypes = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode e : report.get("events")) {
            subTypes.add(e.get("sub_event_type").asText());
            types.add(e.get("event_type").asText());
            JsonNode sentence = null;
            for (JsonNode ev : e.get("evidence")) if (ev.get("field").asText().equals("sentence")) sentence = ev;
            assertTrue(sentence != null, "every event carries its sentence");
            assertEquals(sentence.get("text").asText(), text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()),
                    "evidence offsets point into the original text");
        }
        assertTrue(subTypes.contains("Air/drone strike"), subTypes.toString());
        assertTrue(types.contains("Battles"), types.toString());
    }

    @Test
    void a_trigger_word_inside_a_groups_name_is_no_act(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("names.txt"), "The Farabundo Marti National Liberation Front said on Monday that it "
                + "will take part in the talks. The Sudan People's Liberation Army issued a statement in Juba.\n");
        Run r = run("extract", report.toString(), "--published", "2020-03-02", "--format", "jsonl");
        assertEquals(0, r.exit(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
        assertTrue(out.get("events").isEmpty(), "\"Liberation\" in a name retakes nothing: " + out.get("events"));
        Path retaken = Files.writeString(dir.resolve("retaken.txt"), "Government forces announced the liberation of the town of Hajin on Sunday.\n");
        JsonNode events = events(retaken, "2020-03-02");
        assertEquals("Government regains territory", events.get(0).get("sub_event_type").asText(), "the act itself still counts");
    }

    @Test
    void police_arresting_a_hit_and_run_driver_is_common_crime_but_arrests_at_a_riot_are_coded(@TempDir Path dir) throws Exception {
        Path crime = Files.writeString(dir.resolve("crime.txt"), "Hit-and-run outside store leaves woman dead\n"
                + "A woman died Wednesday night after being struck by a driver outside a store in Bloomington. "
                + "Police said the driver was arrested on Thursday morning at his home.\n");
        JsonNode crimeReport = report(crime, "2008-12-19");
        JsonNode events = crimeReport.get("events");
        for (JsonNode e : events) assertFalse(e.get("sub_event_type").asText().equals("Arrests"), "no arrest coded: " + events);
        assertTrue(leftOut(crimeReport).contains("Arrests: police work on a common crime"), "the arrest is listed with why: " + crimeReport);
        Path riot = Files.writeString(dir.resolve("riot.txt"), "Riots after police shooting\n"
                + "Police arrested 46 people on Wednesday night after protesters threw bricks at officers in Brooklyn.\n");
        JsonNode riotEvents = events(riot, "2013-03-14");
        List<String> kinds = new ArrayList<>();
        for (JsonNode e : riotEvents) kinds.add(e.get("sub_event_type").asText());
        assertTrue(kinds.contains("Violent demonstration"), kinds.toString());
    }

    @Test
    void an_act_a_year_or_more_older_than_the_report_is_history_it_recalls(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("recall.txt"), "Gunmen killed three villagers near Maiduguri on Monday, police said. "
                + "In April 2014, Boko Haram abducted 276 schoolgirls from Chibok.\n");
        JsonNode out = report(report, "2020-03-04");
        JsonNode events = out.get("events");
        List<String> kinds = new ArrayList<>();
        for (JsonNode e : events) kinds.add(e.get("sub_event_type").asText() + " " + e.get("date").get("earliest").asText());
        assertEquals(List.of("Attack 2020-03-02"), kinds, "the Monday attack stays, the 2014 abduction is history: " + events);
        assertEquals(List.of("Abduction/forced disappearance: history: dated a year or more before publication"), leftOut(out),
                "the abduction is listed as left out, with why");
        JsonNode abduction = out.get("left_out").get(0);
        String text = Files.readString(report);
        assertEquals(abduction.get("text").asText(), text.substring(abduction.get("start").asInt(), abduction.get("end").asInt()),
                "its offsets point at its words in the report");
    }

    @Test
    void each_bad_input_gets_one_clear_message_and_the_good_one_is_still_processed(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0});
        Path badUtf8 = Files.write(dir.resolve("latin1.txt"), "Gunmen killed three villagers in the caf\u00e9 on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        Path jsonl = Files.writeString(dir.resolve("reports.jsonl"),
                "{\"id\": \"ok-1\", \"published\": \"2020-03-02\", \"text\": \"Gunmen killed three villagers near Maiduguri on Sunday, police said.\"}\n"
                        + "{\"id\": \"broken\", \"text\": \n");
        Path huge = dir.resolve("huge.txt");
        Files.writeString(huge, "Soldiers clashed with rebels near the border. ".repeat(480_000));
        Path missing = dir.resolve("missing.txt");
        Run r = run("extract", empty.toString(), binary.toString(), badUtf8.toString(), jsonl.toString(), huge.toString(), missing.toString(),
                "--format", "jsonl");
        assertEquals(1, r.exit(), "the exit code says something failed");
        for (Path p : List.of(empty, binary, badUtf8, huge, missing)) {
            assertTrue(r.err().contains(p.getFileName().toString()), "a message names " + p.getFileName() + ":\n" + r.err());
        }
        assertTrue(r.err().contains("reports.jsonl") && r.err().contains("line 2"), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), "only the good record is coded");
        JsonNode report = new ObjectMapper().readTree(lines.get(0));
        assertEquals("ok-1", report.get("id").asText());
        assertFalse(report.get("events").isEmpty(), "the good report still yields its event");
    }
}
