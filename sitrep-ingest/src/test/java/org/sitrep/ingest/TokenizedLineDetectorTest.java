package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizedLineDetectorTest {
    private final TokenizedLineDetector detector = new TokenizedLineDetector();

    @Test
    void tokenized_wire_copy_gives_one_break_per_line_end() {
        String text = "beirut ( reuters ) - shelling hit a town on monday , residents said .\n"
                + "the army said it had returned fire .\n"
                + "there was no word on casualties , they added .";
        List<Integer> breaks = detector.sentenceBreaks(text);
        assertEquals(3, breaks.size());
        assertEquals(text.indexOf('\n'), breaks.get(0));
        assertEquals(text.length(), breaks.get(2));
        assertTrue(text.substring(0, breaks.get(0)).endsWith("said ."));
    }

    @Test
    void trailing_blanks_and_blank_lines_are_not_part_of_a_sentence() {
        String text = "one line here .  \r\n\r\ntwo line here ?\nthree line here !\n";
        List<Integer> breaks = detector.sentenceBreaks(text);
        assertEquals(List.of(15, 36, 54), breaks);
        assertEquals("one line here .", text.substring(0, breaks.get(0)));
    }

    @Test
    void lines_of_whole_sentences_are_one_sentence_a_line() {
        String text = "A publicist says the singer has left the country.\nShe said on Friday that the tour was over.\n"
                + "\"We ask for privacy,\" the statement said.\nThe band has not commented.";
        assertEquals(4, detector.sentenceBreaks(text).size());
    }

    @Test
    void running_prose_gives_no_breaks() {
        assertTrue(detector.sentenceBreaks(Fixtures.ENGLISH).isEmpty());
    }

    @Test
    void hard_wrapped_prose_gives_no_breaks() {
        String text = "Government forces and fighters from an armed group clashed on\nMonday near a village in the east of the country, residents\n"
                + "said. They said the fighting lasted for several hours and that\nat least three people were killed.";
        assertTrue(detector.sentenceBreaks(text).isEmpty());
    }

    @Test
    void one_paragraph_a_line_gives_no_breaks() {
        String text = "Fighting broke out on Monday. The army said it had won.\nResidents fled the area. Many went to the city.\n"
                + "Aid groups asked for access. None has been granted yet.";
        assertTrue(detector.sentenceBreaks(text).isEmpty());
    }

    @Test
    void two_lines_are_too_few_to_tell() {
        assertTrue(detector.sentenceBreaks("first line .\nsecond line .").isEmpty());
    }
}
