package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SitrepException;

class GoldReaderTest {
    private final GoldReader reader = new GoldReader();

    @Test
    void malformed_lines_are_skipped_and_reported_with_their_line_number() throws URISyntaxException {
        GoldFile file = reader.read(Fixtures.path("eval/gold-with-bad-lines.jsonl"), 0);
        assertEquals(List.of("a", "c"), file.records().stream().map(r -> r.get("id").asText()).toList());
        assertEquals(4, file.problems().size(), file.problems().toString());
        assertTrue(file.problems().get(0).startsWith("line 2: not valid JSON"), file.problems().get(0));
        assertEquals("line 4: not a JSON object", file.problems().get(1));
        assertTrue(file.problems().get(2).startsWith("line 5: no \"id\""), file.problems().get(2));
        assertEquals("line 7: duplicate id 'a'", file.problems().get(3));
    }

    @Test
    void a_limit_stops_after_that_many_good_records() throws URISyntaxException {
        GoldFile file = reader.read(Fixtures.path("eval/gold-with-bad-lines.jsonl"), 1);
        assertEquals(1, file.records().size());
        assertTrue(file.problems().isEmpty());
    }

    @Test
    void a_missing_file_is_an_input_error_naming_the_file() {
        SitrepException e = assertThrows(SitrepException.class, () -> reader.read(Path.of("no/such/gold.jsonl"), 0));
        assertEquals(SitrepException.Category.INPUT, e.category());
        assertTrue(e.getMessage().contains("gold.jsonl"));
    }

    @Test
    void an_unknown_task_name_lists_the_valid_ones() {
        assertEquals(EvalTask.EVENTLOC, EvalTask.fromId(" EventLoc "));
        SitrepException e = assertThrows(SitrepException.class, () -> EvalTask.fromId("geo"));
        assertTrue(e.getMessage().contains("geoparse"));
    }
}
