package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader(new TokenizedLineDetector(), Fixtures.finisher());

    @Test
    void prose_is_one_report_with_text_unchanged_and_no_breaks() {
        Report report = Fixtures.read(reader.read(Fixtures.input("story.txt", Fixtures.ENGLISH)).get(0));
        assertEquals(Fixtures.ENGLISH, report.text());
        assertTrue(report.sentenceBreaks().isEmpty());
        assertEquals("story.txt", report.origin());
        assertNull(report.published());
        assertTrue(report.id().matches("r-[0-9a-f]{16}"), report.id());
    }

    @Test
    void tokenized_text_keeps_its_line_breaks_and_dateline() {
        String text = "amman ( reuters ) - gunmen attacked a police post in the north on monday , two officials said .\n"
                + "the officials said four policemen were killed and the gunmen fled toward the border .\n"
                + "there was no immediate claim of responsibility for the attack , which came after a week of calm .";
        Report report = Fixtures.read(reader.read(Fixtures.input("wire.txt", text)).get(0));
        assertEquals(text, report.text());
        assertEquals(3, report.sentenceBreaks().size());
        assertEquals("Amman", report.dateline().place());
        assertEquals("Reuters", report.source());
    }

    @Test
    void same_text_differently_spaced_and_cased_gets_the_same_id() {
        Report a = Fixtures.read(reader.read(Fixtures.input("a.txt", Fixtures.ENGLISH)).get(0));
        Report b = Fixtures.read(reader.read(Fixtures.input("b.txt", "  " + Fixtures.ENGLISH.toUpperCase().replace(" ", " \n "))).get(0));
        assertEquals(a.id(), b.id());
    }

    @Test
    void published_option_sets_the_date() {
        PlainTextReader withDate = new PlainTextReader(new TokenizedLineDetector(), Fixtures.finisher(LocalDate.of(2017, 11, 13)));
        Report report = Fixtures.read(withDate.read(Fixtures.input("story.txt", Fixtures.ENGLISH)).get(0));
        assertEquals(LocalDate.of(2017, 11, 13), report.published());
    }
}
