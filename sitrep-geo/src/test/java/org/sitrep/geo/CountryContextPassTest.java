package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryContextPassTest {
    @Test
    void candidates_in_the_article_country_gain_and_others_do_not() {
        ArticleContext context = new ArticleContext();
        context.addCountry("SY", 1.0);
        Candidate local = Places.candidate(Places.town(1, "Qasra", "SY", 35, 40, 10), 1.0, true);
        Candidate foreign = Places.candidate(Places.town(2, "Qasra", "TN", 35, 10, 90000), 1.0, true);
        new CountryContextPass().apply(Places.mention("Qasra"), List.of(local, foreign), context);
        assertTrue(local.score > foreign.score);
        assertEquals(1.0, foreign.score);
    }

    @Test
    void a_fuzzy_match_outside_the_article_countries_is_dropped() {
        ArticleContext context = new ArticleContext();
        context.addCountry("SY", 1.0);
        Candidate far = Places.candidate(Places.town(2, "Qasira", "PH", 5, 120, 900), 0.8, false);
        new CountryContextPass().apply(Places.mention("Qasra"), List.of(far), context);
        assertTrue(far.dropped);
    }

    @Test
    void a_fuzzy_match_in_a_country_named_only_in_passing_is_dropped_and_kept_in_the_main_one() {
        ArticleContext context = new ArticleContext();
        context.addCountry("RU", 1.0);
        context.addCountry("GB", 1.0);
        context.addCountry("US", 0.5);
        Candidate passing = Places.candidate(Places.town(2, "Kremmling", "US", 40, -106, 1400), 0.8, false);
        new CountryContextPass().apply(Places.mention("Kremlin"), List.of(passing), context);
        assertTrue(passing.dropped, "the US holds a fifth of the evidence");
        Candidate main = Places.candidate(Places.town(3, "Qasira", "RU", 55, 37, 900), 0.8, false);
        new CountryContextPass().apply(Places.mention("Qasra"), List.of(main), context);
        assertFalse(main.dropped);
    }

    @Test
    void without_country_evidence_nothing_changes() {
        Candidate c = Places.candidate(Places.town(2, "Qasira", "PH", 5, 120, 900), 0.8, false);
        assertFalse(new CountryContextPass().apply(Places.mention("Qasra"), List.of(c), new ArticleContext()));
        assertFalse(c.dropped);
    }
}
