package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worker threads share one annotator: the same all-caps wire report (it is truecased first) read by several threads at once
 * must code exactly what one thread codes. CoreNLP's truecaser is not safe to call from two threads at a time; unguarded,
 * a group's name ("ARMY OF NATIONAL LIBERATION") now and then lost its NER tag and became a territorial event.
 */
class ConcurrentExtractIT {
    // wire style written for this test (all caps, as MUC-era copy)
    private static final String WIRE = "BOGOTA, 1 MAR 90 (RADIO NETWORK) -- [TEXT] GOVERNMENT MINISTER CARLOS LEMOS HAS HINTED THAT MEMBERS OF THE"
            + " ARMY OF NATIONAL LIBERATION MAY HAVE KILLED THE MAYOR OF SAN VICENTE. THE MAYOR WAS SHOT DEAD ON MONDAY AS HE LEFT"
            + " HIS OFFICE. THE PATRIOTIC UNION AND THE NATIONAL LIBERATION FRONT CONDEMNED THE MURDER. TWO POLICEMEN WERE WOUNDED"
            + " WHEN GUERRILLAS ATTACKED A POLICE POST IN THE TOWN ON TUESDAY.";

    @Test
    void several_threads_code_a_truecased_report_as_one_thread_does(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path in = dir.resolve("wire.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ObjectNode o = json.createObjectNode();
            o.put("id", "wire-" + i);
            o.put("published", "1990-03-01");
            o.put("text", WIRE + " [COPY " + i + "]");
            lines.add(json.writeValueAsString(o));
        }
        Files.write(in, lines);
        List<String> one = codes(json, CliRun.of("extract", in.toString(), "--format", "jsonl", "--threads", "1"));
        for (int run = 0; run < 3; run++) {
            assertEquals(one, codes(json, CliRun.of("extract", in.toString(), "--format", "jsonl", "--threads", "4")), "run " + run);
        }
    }

    /** Each report's events as "sub-event type @ trigger" lines, in report order. */
    private static List<String> codes(ObjectMapper json, CliRun r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        List<String> out = new ArrayList<>();
        for (String line : r.out().lines().filter(l -> l.startsWith("{")).sorted().toList()) {
            JsonNode report = json.readTree(line);
            StringBuilder b = new StringBuilder();
            for (JsonNode e : report.get("events")) {
                String trigger = "";
                for (JsonNode x : e.get("evidence")) if (x.get("field").asText().equals("event_type")) trigger = x.get("text").asText();
                b.append(e.get("sub_event_type").asText()).append(" @ ").append(trigger).append("; ");
            }
            out.add(b.toString());
        }
        return out;
    }
}
