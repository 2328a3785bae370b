package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExactNamePassTest {
    @Test
    void fuzzy_candidates_are_dropped_when_an_exact_one_exists() {
        Candidate exact = Places.candidate(Places.town(1, "Qasra", "SY", 35, 40, 10), 1.0, true);
        Candidate fuzzy = Places.candidate(Places.town(2, "Qasira", "TN", 35, 10, 90000), 0.8, false);
        new ExactNamePass().apply(Places.mention("Qasra"), List.of(exact, fuzzy), new ArticleContext());
        assertFalse(exact.dropped);
        assertTrue(fuzzy.dropped);
    }

    @Test
    void fuzzy_candidates_stay_when_nothing_matches_exactly() {
        Candidate fuzzy = Places.candidate(Places.town(2, "Qasira", "TN", 35, 10, 90000), 0.8, false);
        assertFalse(new ExactNamePass().apply(Places.mention("Qasra"), List.of(fuzzy), new ArticleContext()));
        assertFalse(fuzzy.dropped);
    }
}
