package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Source;

class SourceExtractorTest {
    private final SourceExtractor extractor = new SourceExtractor();

    @Test
    void trailing_speaker_is_the_source() {
        List<Source> s = extractor.extract("Four frontier corps personnel were also killed, including one during the clearance operation, Chaudhry said.", 0);
        assertEquals("chaudhry", s.get(0).name());
    }

    @Test
    void several_speakers_are_several_sources_with_kinds() {
        List<Source> s = extractor.extract("Rebels shelled the town, residents and a war monitor said.", 0);
        assertEquals(List.of("residents", "monitor"), s.stream().map(Source::kind).toList());
    }

    @Test
    void according_to_names_a_source() {
        List<Source> s = extractor.extract("Twelve people died, according to the health ministry.", 0);
        assertEquals("medical", s.get(0).kind());
    }

    @Test
    void a_pronoun_defers_to_the_previous_sentence() {
        assertTrue(extractor.attributesByPronoun("Other strikes hit two villages, they added."));
        assertTrue(extractor.extract("Other strikes hit two villages, they added.", 0).isEmpty());
    }

    @Test
    void an_inverted_speaker_is_a_source_but_a_clause_after_said_is_what_was_said() {
        assertEquals("mohamed qoone", extractor.extract("Militants were still resisting, said Mohamed Qoone, a resident.", 0).get(0).name());
        // voa-8011115: the special forces are the source (told before "said"), and the place of the killing is no speaker's
        List<Source> s = extractor.extract("Iraqi special forces, in a subsequent post on the X social media platform, said al-Rufay’i was killed Thursday "
                + "in an airstrike targeting his location in Iraq’s Anbar desert.", 0);
        assertTrue(s.stream().noneMatch(x -> x.name().contains("killed")), s.toString());
    }
}
