package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryGazetteerTest {
    private final GazetteerEntry hamdan = Places.town(1, "Tell Hamdān", "SY", 35.0, 40.0, 5000);
    private final GazetteerEntry hamdin = Places.town(2, "Tell Hamdin", "TN", 35.0, 10.0, 9000);
    private final InMemoryGazetteer gazetteer = new InMemoryGazetteer(List.of(hamdan, hamdin),
            Map.of(1L, List.of("Tal Hamdan")), Map.of("syrian", "SY"));

    @Test
    void exact_primary_name_scores_highest() {
        List<GazetteerEntry> found = gazetteer.lookup("tell hamdan", 5);
        assertEquals(1, found.get(0).geonameId());
        assertTrue(found.get(0).exact());
        assertEquals(1.0, found.get(0).matchScore());
    }

    @Test
    void alternate_name_matches_exactly_but_below_a_primary_name() {
        GazetteerEntry e = gazetteer.lookup("Tal Hamdan", 5).get(0);
        assertEquals(1, e.geonameId());
        assertTrue(e.exact());
        assertTrue(e.matchScore() < 1.0);
    }

    @Test
    void a_misspelling_matches_fuzzily_with_a_lower_score() {
        List<GazetteerEntry> found = gazetteer.lookup("Tell Hamdane", 5);
        assertFalse(found.isEmpty());
        assertFalse(found.get(0).exact());
        assertTrue(found.get(0).matchScore() < NameMatcher.FOLDED);
    }

    @Test
    void short_names_do_not_match_fuzzily() {
        InMemoryGazetteer g = new InMemoryGazetteer(List.of(Places.town(3, "Homa", "SY", 1, 1, 10)));
        assertTrue(g.lookup("Hama", 5).isEmpty());
    }

    @Test
    void demonyms_give_their_country() {
        assertEquals("SY", gazetteer.countryOfDemonym("Syrian").orElseThrow());
        assertTrue(gazetteer.countryOfDemonym("Martian").isEmpty());
    }
}
