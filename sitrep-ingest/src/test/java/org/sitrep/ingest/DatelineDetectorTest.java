package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Report.Dateline;

class DatelineDetectorTest {
    private final DatelineDetector detector = new DatelineDetector();

    private Dateline detect(String text) {
        return detector.detect(text).orElseThrow(() -> new AssertionError("no dateline found in: " + text));
    }

    @Test
    void tokenized_lowercase_reuters_dateline_is_found_and_title_cased() {
        String text = "amman ( reuters ) - militants attacked a checkpoint on monday , officials said .";
        Dateline d = detect(text);
        assertEquals("Amman", d.place());
        assertEquals("Reuters", d.agency());
        assertEquals("amman ( reuters ) -", d.span().of(text));
    }

    @Test
    void capitals_place_with_agency_is_found() {
        String text = "AMMAN (Reuters) - Militants attacked a checkpoint on Monday.";
        Dateline d = detect(text);
        assertEquals("Amman", d.place());
        assertEquals("Reuters", d.agency());
        assertEquals("AMMAN (Reuters) -", d.span().of(text));
    }

    @Test
    void date_between_place_and_agency_is_part_of_the_dateline() {
        String text = "BEIRUT, Nov 13 (Reuters) - Shelling hit a town near the border.";
        Dateline d = detect(text);
        assertEquals("Beirut", d.place());
        assertEquals("Reuters", d.agency());
        assertEquals("BEIRUT, Nov 13 (Reuters) -", d.span().of(text));
    }

    @Test
    void place_with_em_dash_and_no_agency_is_found() {
        String text = "KABUL — A roadside bomb struck a bus on the edge of the city.";
        Dateline d = detect(text);
        assertEquals("Kabul", d.place());
        assertNull(d.agency());
        assertEquals("KABUL —", d.span().of(text));
    }

    @Test
    void transcript_dateline_takes_its_bracketed_tags() {
        String text = "SAN SALVADOR, 3 JAN 90 -- [REPORT] [TEXT] THE ARMY REPORTED TWO CLASHES IN THE NORTH.";
        Dateline d = detect(text);
        assertEquals("San Salvador", d.place());
        assertNull(d.agency());
        assertEquals("SAN SALVADOR, 3 JAN 90 -- [REPORT] [TEXT]", d.span().of(text));
    }

    @Test
    void associated_press_dateline_is_found() {
        String text = "WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.";
        Dateline d = detect(text);
        assertEquals("Washington", d.place());
        assertEquals("AP", d.agency());
    }

    @Test
    void region_after_the_place_is_kept_with_it() {
        String text = "\nCANBERRA, Australia (AP)_ The government announced a review on Friday.";
        Dateline d = detect(text);
        assertEquals("Canberra, Australia", d.place());
        assertEquals("AP", d.agency());
        assertEquals(1, d.span().start());
    }

    @Test
    void transcript_country_in_parentheses_and_unknown_broadcaster_are_read() {
        String text = "ROME (ITALY), 11 JAN 90 (RADIO EXAMPLE) -- [TEXT] THE MINISTER SPOKE.";
        Dateline d = detect(text);
        assertEquals("Rome, Italy", d.place());
        assertEquals("Radio Example", d.agency());
    }

    @Test
    void placeholder_city_gives_the_country_as_place() {
        Dateline d = detect("NO CITY (EL SALVADOR), 5 FEB 89 (FBIS) -- [TEXT] THE RADIO SAID.");
        assertEquals("El Salvador", d.place());
    }

    @Test
    void agency_without_place_is_found() {
        Dateline d = detect("(CNN) — Rescue teams searched the rubble overnight.");
        assertNull(d.place());
        assertEquals("CNN", d.agency());
    }

    @Test
    void byline_before_the_place_is_left_out() {
        String text = "By Jane Example. BOSTON (Reuters) - A judge ruled on Friday.";
        Dateline d = detect(text);
        assertEquals("Boston", d.place());
        assertEquals("BOSTON (Reuters) -", d.span().of(text));
    }

    @Test
    void text_without_a_dateline_gives_none() {
        assertTrue(detector.detect("Government forces clashed with rebels on Monday, residents said.").isEmpty());
    }

    @Test
    void title_case_word_and_dash_without_agency_is_not_a_dateline() {
        assertTrue(detector.detect("Kabul - the capital - was calm on Monday.").isEmpty());
    }

    @Test
    void newsroom_label_in_capitals_is_not_a_place() {
        assertTrue(detector.detect("BREAKING - Shots were fired near the parliament.").isEmpty());
    }

    @Test
    void text_all_in_capitals_needs_a_date_or_agency() {
        assertTrue(detector.detect("THE ARMY SAID - WITHOUT GIVING DETAILS - THAT THE TOWN HAD BEEN RETAKEN AFTER TWO DAYS OF HEAVY FIGHTING.").isEmpty());
    }

    @Test
    void colon_after_a_word_in_capitals_is_not_taken_as_a_dateline() {
        assertTrue(detector.detect("UPDATE: Officials now say five people were hurt.").isEmpty());
    }

    @Test
    void two_places_joined_by_a_slash_are_one_dateline() {
        Dateline d = detect("NORTHTOWN/SOUTHTOWN — Officials in both towns said the road had reopened.");
        assertEquals("Northtown/Southtown", d.place());
    }

    @Test
    void a_dateline_opening_the_body_after_a_headline_and_standfirst_is_found() {
        // Giveme5W1H (a New York Times story, November 2016): headline, standfirst, then the body with a photo credit's word
        String text = "Taliban Attack German Consulate in Afghan City\nThe assault killed at least four people.\n"
                + "Photo KUNDUZ, Afghanistan -- Taliban insurgents struck at the German Consulate.";
        Dateline d = detect(text);
        assertEquals("Kunduz, Afghanistan", d.place());
        assertEquals("KUNDUZ, Afghanistan --", d.span().of(text));
    }

    @Test
    void a_line_of_prose_further_down_is_no_dateline() {
        String text = "Fighting flared in the north.\nOfficials said little.\nMore clashes followed.\nThe army said it held the town.\n"
                + "KUNDUZ -- a line too far down to be the story's dateline.";
        assertTrue(detector.detect(text).isEmpty(), "only the first lines may hold the dateline");
        assertTrue(detector.detect("Fighting flared in the north.\nMilitants attacked a checkpoint - officials said.").isEmpty(),
                "a second line in running prose");
    }
}
