package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> split(String text) {
        return SPLITTER.split(Report.of("r", text, LocalDate.of(2013, 5, 3))).stream().map(Sentence::text).toList();
    }

    @Test
    void a_headline_and_a_date_line_above_the_text_are_sentences_of_their_own() {
        assertEquals(List.of("Quake Hits Western Sumatra", "May 3, 2013", "A powerful quake struck the coast on Tuesday.", "Rescuers dug through rubble."),
                split("Quake Hits Western Sumatra\nMay 3, 2013\nA powerful quake struck the coast on Tuesday. Rescuers dug through rubble.\n"));
    }

    @Test
    void a_hard_wrapped_paragraph_stays_one_sentence() {
        assertEquals(List.of("The army said on Tuesday that its forces had retaken the town\nafter a week of fighting with rebels in the hills near the border."),
                split("The army said on Tuesday that its forces had retaken the town\nafter a week of fighting with rebels in the hills near the border.\n"));
        assertEquals(1, split("Officials in the capital said the convoy was attacked near\nKandahar late on Monday, killing four soldiers.").size(),
                "a wrapped line of prose is no headline though the next line starts with a name");
    }

    @Test
    void a_lone_capital_after_a_lowercase_word_ends_its_sentence_but_a_name_keeps_its_initial() {
        // Voice of America, 2025-03-13 (public domain)
        assertEquals(List.of("\"We reject the allegations,\" the spokesperson said in a statement posted on X.",
                        "Militants attacked a passenger train Tuesday near Sibi."),
                split("\"We reject the allegations,\" the spokesperson said in a statement posted on X. Militants attacked a passenger train Tuesday near Sibi."));
        assertEquals(1, split("President George W. Bush visited the troops on Monday.").size());
        assertEquals(1, split("The attack was planned abroad, according to spokesman K. Ahmed, who spoke on Monday.").size());
    }

    @Test
    void all_capitals_copy_keeps_its_sentences_across_wrapped_lines() {
        assertEquals(List.of("SAN SALVADOR, 12 JAN 90 -- THE ARMED FORCES REPORTED TODAY THAT\nGUERRILLAS ATTACKED A POST IN\nSAN MIGUEL LAST NIGHT."),
                split("SAN SALVADOR, 12 JAN 90 -- THE ARMED FORCES REPORTED TODAY THAT\nGUERRILLAS ATTACKED A POST IN\nSAN MIGUEL LAST NIGHT.\n"));
    }
}
