package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Toponym;

/** Names NER tags as the wrong kind, adjectives inside words and names, and a city known without its "City". */
class ToponymFinderTaggingTest {
    // Invented places: Freedonia with its town Qasra; a big "Port Vale City"; the continent Europe. Countries carry
    // their adjectives as other names, as the packaged gazetteer does.
    private final GazetteerEntry qasra = Places.town(11, "Qasra", "FD", 34.45, 40.92, 20000);
    private final GazetteerEntry freedonia = new GazetteerEntry(21, "Freedonia", "Freedonia", "FD", null, null, null, 35.0, 38.0, 9000000, "A", "PCLI", 0, false);
    private final GazetteerEntry sylvania = new GazetteerEntry(22, "Sylvania", "Sylvania", "SV", null, null, null, 45.0, 20.0, 5000000, "A", "PCLI", 0, false);
    private final GazetteerEntry portVale = Places.town(12, "Port Vale City", "SV", 44.0, 21.0, 2_000_000);
    private final GazetteerEntry europe = new GazetteerEntry(6255148, "Europe", "Europe", null, null, null, null, 48.69, 9.14, 0, "L", "CONT", 0, false);
    private final GazetteerEntry qalaNur = Places.town(14, "Qala-i-Nur", "FD", 34.9, 40.1, 30000);
    private final GazetteerEntry qala = Places.town(15, "Qala", "SV", 44.9, 20.1, 3000);
    private final Gazetteer gazetteer = new InMemoryGazetteer(List.of(qasra, freedonia, sylvania, portVale, europe, qalaNur, qala),
            Map.of(12L, List.of("Port Vale"), 6255148L, List.of("EU", "European Union"), 21L, List.of("Freedonian"), 22L, List.of("Sylvanian")), Map.of("freedonian", "FD", "sylvanian", "SV"));

    private List<Toponym> parse(boolean full, String... sentences) {
        return new Geoparser(gazetteer, new Geoparser.Options(full)).parse(TestReports.report(sentences));
    }

    private static List<String> texts(List<Toponym> found) {
        return found.stream().map(t -> t.text() + "=" + (t.place() == null ? "?" : t.place().name())).toList();
    }

    @Test
    void a_town_tagged_as_an_organization_after_a_place_cue_is_a_place_in_its_country() {
        List<Toponym> found = parse(false, "Freedonia/LOCATION said/O rebels/O in/O Qasra/ORGANIZATION fought/O ./O");
        assertEquals(List.of("Freedonia=Freedonia", "Qasra=Qasra"), texts(found));
    }

    @Test
    void a_known_name_cut_out_of_a_hyphenated_title_case_word_is_no_place() {
        assertTrue(parse(false, "Woman/O Killed/O In/O Qasra/O ^-/O ^And/O ^-/O ^Run/O Crash/O").isEmpty(), "Qasra-And-Run is no town");
        assertEquals(List.of("Qasra=Qasra"), texts(parse(false, "Woman/O Killed/O In/O Qasra/O Crash/O")));
        assertEquals("Qasra=Qasra", texts(parse(false, "Fighting/O in/O Qasra/O ^-/O ^Freedonia/O border/O areas/O")).get(0),
                "a place joined to a place by a hyphen is no cut, and its name does not take the hyphen");
    }

    @Test
    void after_a_weak_cue_a_name_tagged_as_an_organization_stays_one() {
        assertTrue(parse(false, "Rebels/O sent/O letters/O to/O Qasra/ORGANIZATION ./O").isEmpty());
    }

    @Test
    void a_person_tagged_place_after_a_cue_is_found_once() {
        List<Toponym> found = parse(false, "Freedonia/LOCATION said/O rebels/O in/O Qasra/PERSON fought/O ./O");
        assertEquals(List.of("Freedonia=Freedonia", "Qasra=Qasra"), texts(found));
    }

    @Test
    void a_city_named_without_its_city_is_still_that_city_in_an_article_about_elsewhere() {
        List<Toponym> found = parse(false, "Freedonia/LOCATION and/O Qasra/LOCATION talks/O moved/O to/O Port/LOCATION Vale/LOCATION ./O");
        assertEquals("Port Vale City", found.get(2).place().name());
    }

    @Test
    void the_full_geoparse_reports_continent_adjectives_the_union_and_adjectives_in_words_and_names() {
        List<Toponym> found = parse(true, "The/O EU/ORGANIZATION and/O European/MISC/JJ airlines/O opposed/O anti-Sylvanian/O/JJ rules/O "
                + "of/O the/O Freedonian/ORGANIZATION/NNP Army/ORGANIZATION/NNP ./O");
        assertEquals(List.of("EU=Europe", "European=Europe", "Sylvanian=Sylvania", "Freedonian=Freedonia"), texts(found));
        assertTrue(parse(false, "The/O EU/ORGANIZATION and/O European/MISC/JJ airlines/O opposed/O it/O ./O").isEmpty(),
                "events take none of these");
    }

    @Test
    void lower_case_words_before_a_tagged_name_and_two_countries_run_together_are_cut_off_and_apart() {
        assertEquals(List.of("Qasra=Qasra"), texts(parse(false, "She/O lives/O in/O north/LOCATION west/LOCATION Qasra/LOCATION ./O")));
        assertEquals(List.of("Freedonia=Freedonia", "Sylvania=Sylvania"), texts(parse(false, "Jobs/O in/O Freedonia/LOCATION Sylvania/LOCATION rose/O ./O")));
        assertEquals(List.of("Port Vale=Port Vale City"), texts(parse(false, "Jobs/O in/O Port/LOCATION Vale/LOCATION rose/O ./O")),
                "a known name of two words is never cut");
    }

    @Test
    void a_capitalized_county_or_state_is_part_of_the_name_but_not_a_lower_case_one_or_one_in_an_agencys_name() {
        List<Toponym> found = parse(true, "Deputies/O in/O Qasra/LOCATION County/LOCATION and/O Qasra/LOCATION province/O and/O the/O "
                + "Qasra/ORGANIZATION State/ORGANIZATION Police/ORGANIZATION said/O ./O");
        assertEquals("Qasra County=Qasra", texts(found).get(0), "looked up without the word when the whole is unknown");
        assertEquals("Qasra=Qasra", texts(found).get(1));
        assertTrue(found.stream().noneMatch(t -> t.text().equals("Qasra State")), texts(found).toString());
    }

    @Test
    void a_two_word_name_after_in_the_a_bastion_of_and_a_country_tagged_by_its_adjective_are_places() {
        assertEquals(List.of("Port Vale=Port Vale City"), texts(parse(false, "Talks/O were/O held/O in/O the/O Port/O/NNP Vale/O/NNP ./O")));
        assertTrue(parse(false, "Critics/O in/O the/O Qasra/O/NNP administration/O spoke/O ./O").isEmpty(), "one word after \"the\" is no place");
        assertEquals(List.of("Qasra=Qasra"), texts(parse(false, "The/O army/O shelled/O the/O last/O rebel/O bastion/O of/O Qasra/O/NNP ./O")));
        assertEquals(List.of("Freedonian=Freedonia"), texts(parse(false, "A/O statue/O was/O erected/O in/O Freedonian/LOCATION ./O")),
                "a name that is also the country's adjective, tagged as a place");
    }

    @Test
    void a_name_told_as_a_place_is_that_place_where_the_tagger_took_it_for_a_person_unless_it_is_mostly_a_persons() {
        List<Toponym> found = parse(false, "Rebels/O held/O out/O in/O Qasra/LOCATION ./O", "Qasra/PERSON is/O surrounded/O ./O");
        assertEquals(List.of("Qasra=Qasra", "Qasra=Qasra"), texts(found));
        assertEquals(1, parse(false, "Her/O case/O in/O Qasra/O/NNP ./O", "Qasra/PERSON said/O no/O ./O", "Qasra/PERSON cried/O ./O").size(),
                "said and cried twice as a person, placed once");
    }

    @Test
    void countries_joined_by_hyphens_are_each_a_place_in_the_full_geoparse_but_not_a_name_with_one_country() {
        List<Toponym> found = parse(true, "The/O Freedonia-Sylvania/O/NNP summit/O ended/O ./O");
        assertEquals(List.of("Freedonia=Freedonia", "Sylvania=Sylvania"), texts(found));
        assertTrue(parse(true, "The/O Freedonia-Cola/O/NNP brand/O grew/O ./O").isEmpty());
        assertTrue(parse(false, "The/O Freedonia-Sylvania/O/NNP summit/O ended/O ./O").isEmpty(), "events take none");
    }

    @Test
    void through_and_via_are_place_cues() {
        assertEquals(List.of("Qasra=Qasra"), texts(parse(false, "Protesters/O marched/O through/O Qasra/O on/O Friday/O ./O")));
    }

    @Test
    void a_compass_adjective_between_the_cue_and_an_untagged_name_still_marks_a_place() {
        assertEquals(List.of("Qasra=Qasra"), texts(parse(false, "Militants/O attacked/O in/O northern/O Qasra/O on/O Friday/O ./O")));
        assertEquals(List.of("Qasra=Qasra"), texts(parse(false, "Attacks/O spread/O across/O south-eastern/O Qasra/O ./O")));
        assertTrue(parse(false, "Militants/O attacked/O northern/O Qasra/O ./O").isEmpty(), "the adjective alone is no cue");
    }

    @Test
    void a_name_tagged_miscellaneous_is_a_place_before_a_camp_word_or_weakly_after_a_strong_cue() {
        assertEquals(List.of("Freedonia=Freedonia", "Qasra=Qasra"),
                texts(parse(false, "Freedonia/LOCATION said/O fighting/O was/O reported/O in/O Qasra/MISC ./O")));
        assertEquals(List.of("Qasra=Qasra"), texts(parse(false, "Troops/O raided/O the/O Qasra/MISC refugee/O camp/O ./O")));
        assertEquals(List.of("Freedonia=Freedonia", "Qala-i-Nur=Qala-i-Nur"), texts(parse(false,
                "Freedonia/LOCATION said/O fighting/O was/O reported/O in/O Qala/MISC/NNP ^-/MISC/HYPH ^i/MISC/NNP ^-/MISC/HYPH ^Nur/MISC/NNP ./O")),
                "the hyphens between a name's parts are no words of it");
        List<Toponym> camp = parse(false, "Troops/O raided/O the/O Bureij/MISC camp/O ./O");
        assertEquals(1, camp.size(), "an unknown name before 'camp' is still named as a place");
        assertEquals("Bureij", camp.get(0).text());
        assertTrue(parse(false, "Freedonia/LOCATION troops/O fought/O Qasra/MISC rebels/O ./O").stream().noneMatch(t -> t.text().equals("Qasra")),
                "no cue: a miscellaneous name stays one");
        assertTrue(parse(false, "Fans/O cheered/O the/O Bureij/MISC quarter/O -/O final/O ./O").isEmpty(), "a settlement word in a compound is none");
        assertEquals(1, parse(false, "Fans/O cheered/O in/O the/O Bureij/MISC quarter/O ./O").size());
    }

    @Test
    void a_name_with_a_particle_between_hyphens_is_one_name() {
        // a title-case line the tagger left untagged, split at its hyphens
        assertEquals(List.of("Qala-i-Nur=Qala-i-Nur"), texts(parse(false, "Rebels/O Strike/O Base/O in/O Qala/O ^-/O ^i/O ^-/O ^Nur/O")));
    }

    @Test
    void a_border_between_two_countries_is_named_but_has_no_point() {
        List<Toponym> found = parse(false, "Troops/O clashed/O near/O the/O Freedonian-Sylvanian/O/JJ border/O ./O");
        assertEquals(List.of("Freedonian-Sylvanian border=?"), texts(found));
        assertEquals("no gazetteer entry", found.get(0).reason());
        assertTrue(parse(true, "Troops/O clashed/O near/O the/O Freedonian-Sylvanian/O/JJ border/O ./O").stream()
                .noneMatch(t -> t.text().endsWith("border")), "the full geoparse reports the two adjectives instead");
    }

    @Test
    void a_region_word_before_a_countrys_adjective_makes_a_region_not_that_country() {
        List<Toponym> found = parse(true, "Central/O/JJ Freedonian/MISC/JJ migrants/O reached/O Sylvania/LOCATION ./O");
        assertEquals(List.of("Central Freedonian=?", "Sylvania=Sylvania"), texts(found));
    }

    @Test
    void a_two_word_adjective_of_a_country_is_that_countrys() {
        GazetteerEntry north = new GazetteerEntry(23, "North Sylvania", "North Sylvania", "NS", null, null, null, 50.0, 20.0, 3000000, "A", "PCLI", 0, false);
        Gazetteer g = new InMemoryGazetteer(List.of(sylvania, north), Map.of(23L, List.of("North Sylvanian"), 22L, List.of("Sylvanian")),
                Map.of("sylvanian", "SV", "north sylvanian", "NS"));
        List<Toponym> found = new Geoparser(g, new Geoparser.Options(true)).parse(TestReports.report("North/O/JJ Sylvanian/MISC/JJ troops/O fired/O ./O"));
        assertEquals(List.of("North Sylvanian=North Sylvania"), texts(found));
    }

    @Test
    void an_ocean_is_named_but_never_placed_on_a_town_of_its_name() {
        GazetteerEntry atlanticTown = Places.town(31, "Atlantic", "SV", 44.5, 21.5, 7000);
        Gazetteer g = new InMemoryGazetteer(List.of(sylvania, atlanticTown), Map.of(), Map.of());
        List<Toponym> found = new Geoparser(g, new Geoparser.Options(true)).parse(TestReports.report(
                "Storms/O formed/O over/O the/O Atlantic/LOCATION near/O Sylvania/LOCATION ./O"));
        assertEquals(List.of("Atlantic=?", "Sylvania=Sylvania"), texts(found));
        assertEquals("a sea or ocean: the gazetteer has no point for it", found.get(0).reason());
    }
}
