package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class AdminHintPassTest {
    private final GazetteerEntry town = Places.town(1, "Wadi Nur", "SY", 35, 40, 200000);
    /** The region around the town of its name (its admin-1 code is the town's). */
    private final GazetteerEntry region = Places.region("Wadi Nur", "SY", "01", 35.2, 40.3, 900000);

    @Test
    void province_after_the_name_prefers_the_region() {
        Candidate t = Places.candidate(town, 1.0, true);
        Candidate r = Places.candidate(region, 1.0, true);
        Mention m = new Mention(new Span(0, 8), "Wadi Nur", 0, Mention.Cue.PLACE, true, true, false, false);
        new AdminHintPass().apply(m, List.of(t, r), new ArticleContext());
        assertTrue(r.score > t.score + 1.0);
    }

    @Test
    void a_bare_name_prefers_the_town_to_the_region() {
        Candidate t = Places.candidate(town, 1.0, true);
        Candidate r = Places.candidate(region, 1.0, true);
        new AdminHintPass().apply(Places.mention("Wadi Nur"), List.of(t, r), new ArticleContext());
        assertTrue(t.score > r.score);
    }

    @Test
    void a_region_whose_namesake_town_lies_in_another_region_is_not_lowered() {
        // "a federal judge in Wyoming": the state, not Wyoming, Michigan
        Candidate elsewhere = Places.candidate(Places.town(4, "Wadi Nur", "SY", 33, 36, 75000), 1.0, true);
        Candidate r = Places.candidate(Places.region("Wadi Nur", "SY", "07", 35.2, 40.3, 900000), 1.0, true);
        new AdminHintPass().apply(Places.mention("Wadi Nur"), List.of(elsewhere, r), new ArticleContext());
        assertTrue(r.score >= elsewhere.score, r.score + " vs " + elsewhere.score);
    }

    @Test
    void a_country_name_beats_towns_of_that_name() {
        Candidate town2 = Places.candidate(Places.town(3, "Freedonia", "US", 40, -80, 5000), 1.0, true);
        Candidate country = Places.candidate(Places.country("Freedonia", "FD", 10, 10, 1000), 1.0, true);
        new AdminHintPass().apply(Places.mention("Freedonia"), List.of(town2, country), new ArticleContext());
        assertTrue(country.score > town2.score);
    }

    @Test
    void a_countrys_name_that_is_a_region_of_the_article_s_country_means_the_region() {
        Candidate country = Places.candidate(Places.country("Highland", "HL", 42, 44, 3_700_000), 1.0, true);
        Candidate region = Places.candidate(Places.region("Highland", "FD", "05", 33, -83, 10_000_000), 1.0, true);
        ArticleContext about = new ArticleContext();
        about.addCountry("FD", 4.0);
        about.addCountry("HL", 1.0);
        new AdminHintPass().apply(Places.mention("Highland"), List.of(country, region), about);
        assertTrue(region.score > country.score, "in a report about Freedonia");
        Candidate country2 = Places.candidate(Places.country("Highland", "HL", 42, 44, 3_700_000), 1.0, true);
        Candidate region2 = Places.candidate(Places.region("Highland", "FD", "05", 33, -83, 10_000_000), 1.0, true);
        new AdminHintPass().apply(Places.mention("Highland"), List.of(country2, region2), new ArticleContext());
        assertTrue(country2.score > region2.score, "with nothing said of Freedonia, the country");
    }
}
