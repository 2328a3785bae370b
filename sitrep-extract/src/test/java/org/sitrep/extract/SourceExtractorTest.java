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
}
