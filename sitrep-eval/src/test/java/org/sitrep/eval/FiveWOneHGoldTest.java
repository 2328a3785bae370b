package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the Giveme5W1H gold: ids from dId, bad documents skipped by line, the text and day sitrep is given. */
class FiveWOneHGoldTest {
    private final FiveWOneHGold gold = new FiveWOneHGold();

    @Test
    void documents_are_keyed_by_did_and_bad_ones_are_skipped_with_their_line_number() throws URISyntaxException {
        GoldFile file = Scorers.goldReader(EvalTask.FIVE_W_ONE_H).read(Fixtures.path("eval/5w1h-small.jsonl"), 0);
        assertEquals(List.of("d1", "d5"), file.records().stream().map(r -> r.get("id").asText()).toList());
        assertEquals(3, file.problems().size(), file.problems().toString());
        assertEquals("line 2: fiveWoneH.when.annotated[0].parsed 'Monday' is not a YYYY-MM-DD date", file.problems().get(0));
        assertTrue(file.problems().get(1).startsWith("line 3: no \"fiveWoneH\""), file.problems().get(1));
        assertTrue(file.problems().get(2).startsWith("line 4: no \"dId\""), file.problems().get(2));
    }

    @Test
    void the_pipeline_reads_title_description_and_text_on_their_own_lines_published_on_the_day() throws URISyntaxException {
        var records = Scorers.goldReader(EvalTask.FIVE_W_ONE_H).read(Fixtures.path("eval/5w1h-small.jsonl"), 0).records();
        assertEquals("Flood closes bridge\nA flood closed the river bridge.\nThe bridge at Millbrook was closed on Monday.",
                gold.pipelineText(records.get(0)));
        assertEquals(LocalDate.of(2021, 3, 4), gold.published(records.get(0)));
        assertEquals("\n\nOnly a body.", gold.pipelineText(records.get(1)), "missing parts stay empty lines");
        assertNull(gold.published(records.get(1)), "an unreadable date_publish leaves the report undated");
    }

    @Test
    void the_task_is_named_5w1h_on_the_command_line() {
        assertEquals(EvalTask.FIVE_W_ONE_H, EvalTask.fromId("5W1H"));
        assertEquals("5w1h", EvalTask.FIVE_W_ONE_H.id());
    }

    @Test
    void place_phrases_compare_by_content_words() {
        PlaceTokens tokens = PlaceTokens.load(PlaceTokens.STOP_WORDS);
        assertEquals(List.of("northern", "afghan", "city", "mazar", "sharif"), List.copyOf(tokens.of("the northern Afghan city of Mazar-i-Sharif")));
        assertTrue(tokens.overlap("the U.S.", "US"), "periods inside abbreviations are dropped");
        assertTrue(!tokens.overlap("in the north", "on the south"));
    }
}
