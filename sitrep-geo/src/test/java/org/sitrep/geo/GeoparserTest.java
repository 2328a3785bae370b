package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Toponym;

class GeoparserTest {
    // Invented places: a small Qasra in Freedonia and a larger namesake elsewhere.
    private final GazetteerEntry qasraFd = Places.town(11, "Qasra", "FD", 34.45, 40.92, 20000);
    private final GazetteerEntry qasraXx = Places.town(12, "Qasra", "XX", 10.0, 10.0, 400000);
    private final GazetteerEntry wadiTown = Places.town(13, "Wadi Nur", "FD", 35.3, 40.1, 200000);
    private final GazetteerEntry wadiRegion = Places.region("Wadi Nur", "FD", "01", 35.0, 40.5, 900000); // around the town of its name
    private final GazetteerEntry freedonia = Places.country("Freedonia", "FD", 35.0, 38.0, 9000000);
    private final GazetteerEntry victoria = Places.town(14, "Victoria", "FD", 34.5, 40.8, 1500);
    private final Gazetteer gazetteer = new InMemoryGazetteer(
            List.of(qasraFd, qasraXx, wadiTown, wadiRegion, freedonia, victoria), Map.of(),
            Map.of("freedonian", "FD"));
    private final Geoparser geoparser = new Geoparser(gazetteer);

    @Test
    void a_demonym_in_the_article_picks_the_local_namesake() {
        List<Toponym> found = geoparser.parse(TestReports.report("Freedonian/MISC/JJ forces shelled Qasra/LOCATION ."));
        assertEquals(1, found.size(), "the demonym is not a toponym by default");
        assertEquals(11, found.get(0).place().geonameId());
        assertEquals(1, found.get(0).place().geoPrecision());
    }

    @Test
    void with_a_dateline_a_small_namesake_in_a_country_never_named_is_left_unresolved() {
        // invented: the story is filed from Freedonia's Wadi Nur; the towns named Ramona lie in two other countries
        Gazetteer abroad = new InMemoryGazetteer(List.of(wadiTown, Places.town(21, "Ramona", "XX", 10.0, 10.0, 76000),
                Places.town(23, "Ramona", "YY", -10.0, -10.0, 3000),
                Places.town(22, "Bigtown", "XX", 11.0, 11.0, 2_000_000)), Map.of(), Map.of());
        Geoparser parser = new Geoparser(abroad);
        var dateline = new org.sitrep.model.Report.Dateline("Wadi Nur", null, new org.sitrep.model.Span(0, 8));
        List<Toponym> found = parser.parse(TestReports.report(dateline, "Wadi/LOCATION Nur/LOCATION ^- Guerrillas/O attacked/O a/O post/O in/O Ramona/LOCATION ./O"));
        Toponym ramona = found.stream().filter(t -> t.text().equals("Ramona")).findFirst().orElseThrow();
        assertNull(ramona.place(), "a town of 76,000 abroad, in a story filed from Freedonia that never points abroad");
        found = parser.parse(TestReports.report(dateline, "Wadi/LOCATION Nur/LOCATION ^- Talks/O resumed/O in/O Bigtown/LOCATION ./O"));
        Toponym big = found.stream().filter(t -> t.text().equals("Bigtown")).findFirst().orElseThrow();
        assertNotNull(big.place(), "a city of two million is named without its country");
        List<Toponym> undated = parser.parse(TestReports.report("Guerrillas/O attacked/O a/O post/O in/O Ramona/LOCATION ./O"));
        assertEquals(21, undated.get(0).place().geonameId(), "without a dateline the namesake stands");
        // MUC-4 (1990), a report filed from Lima: "Miraflores" is no municipality (ADM2) of another country either
        GazetteerEntry municipality = new GazetteerEntry(0, "Miraflores", "Miraflores", "XX", "36", "Other Region", "Miraflores", 5.2, -73.1, 8274,
                "A", "ADM2", 0, false);
        Geoparser withUnit = new Geoparser(new InMemoryGazetteer(List.of(wadiTown, municipality,
                Places.town(24, "Miraflores", "YY", 23.4, -109.8, 1384)), Map.of(), Map.of()));
        Toponym unit = withUnit.parse(TestReports.report(dateline, "Wadi/LOCATION Nur/LOCATION ^- Terrorists/O hurled/O dynamite/O in/O Miraflores/LOCATION ./O"))
                .stream().filter(t -> t.text().equals("Miraflores")).findFirst().orElseThrow();
        assertNull(unit.place(), "a small district abroad, in a story filed from Freedonia");
        // GeoWebNews: "the West Coast" of a US story is no South African "West Coast District Municipality" of 400,000
        GazetteerEntry district = new GazetteerEntry(25, "Sunset Coast District", "Sunset Coast District", "YY", "07", "Far Region", "Sunset Coast District",
                -32.7, 18.5, 400_000, "A", "ADM2", 0, false);
        Geoparser withDistrict = new Geoparser(new InMemoryGazetteer(List.of(wadiTown, district), Map.of(25L, List.of("Sunset Coast")), Map.of()));
        Toponym coast = withDistrict.parse(TestReports.report(dateline, "Wadi/LOCATION Nur/LOCATION ^- Talks/O resumed/O on/O the/O Sunset/LOCATION Coast/LOCATION ./O"))
                .stream().filter(t -> t.text().equals("Sunset Coast")).findFirst().orElseThrow();
        assertNull(coast.place(), "a large district abroad found under part of its name");
    }

    @Test
    void an_article_that_names_its_country_leaves_a_small_namesake_abroad_unresolved_as_a_dateline_does() {
        // ECB+ (an Albany trial report naming Guyana and Albany, no dateline): "went to West Hill" had been Toronto's West Hill
        // (two namesakes, so that neither is evidence of its own country)
        Gazetteer abroad = new InMemoryGazetteer(List.of(freedonia, wadiTown, Places.town(21, "Ramona", "XX", 10.0, 10.0, 26000),
                Places.town(23, "Ramona", "YY", -10.0, -10.0, 3000), Places.town(22, "Bigtown", "XX", 11.0, 11.0, 2_000_000)), Map.of(), Map.of());
        Geoparser parser = new Geoparser(abroad);
        Toponym ramona = parser.parse(TestReports.report("Freedonia/LOCATION ./O Guerrillas/O attacked/O a/O post/O in/O Ramona/LOCATION ./O"))
                .stream().filter(t -> t.text().equals("Ramona")).findFirst().orElseThrow();
        assertNull(ramona.place(), "a town of 26,000 in a country the article never points to, while it names Freedonia");
        Toponym big = parser.parse(TestReports.report("Freedonia/LOCATION ./O Talks/O resumed/O in/O Bigtown/LOCATION ./O"))
                .stream().filter(t -> t.text().equals("Bigtown")).findFirst().orElseThrow();
        assertNotNull(big.place(), "a city of two million is named without its country");
    }

    @Test
    void a_span_tagged_whole_as_the_city_of_a_name_is_the_name() {
        // MUC-4 (EFE, Lima, 9 November 1989), upper-case wire copy: "SIX BOMBINGS LAST NIGHT IN THE ANDEAN CITY OF AYACUCHO"
        Gazetteer g = new InMemoryGazetteer(List.of(freedonia, Places.town(26, "Ayacucho", "FD", 34.0, 39.0, 150_000)), Map.of(), Map.of());
        List<Toponym> found = new Geoparser(g).parse(TestReports.report("BOMBINGS/O IN/O THE/O ANDEAN/LOCATION CITY/LOCATION OF/LOCATION AYACUCHO/LOCATION ./O"));
        assertEquals(1, found.size(), String.valueOf(found));
        assertEquals("AYACUCHO", found.get(0).text());
        assertEquals(26, found.get(0).place().geonameId());
    }

    @Test
    void a_lone_small_namesake_abroad_is_no_evidence_of_its_own_country() {
        // ECB+ (a Brooklyn riot report): "the riot action at Church and Snyder" had been Church, Lancashire, the one town of the
        // name, which had counted as the article pointing to Britain
        Gazetteer g = new InMemoryGazetteer(List.of(freedonia, wadiTown, Places.town(24, "Kirkby", "YY", -10.0, -10.0, 3000)), Map.of(), Map.of());
        Toponym kirkby = new Geoparser(g).parse(TestReports.report("Freedonia/LOCATION ./O Rioters/O gathered/O at/O Kirkby/LOCATION ./O"))
                .stream().filter(t -> t.text().equals("Kirkby")).findFirst().orElseThrow();
        assertNull(kirkby.place(), "the only evidence for YY is the name itself");
        Toponym named = new Geoparser(g).parse(TestReports.report("Freedonia/LOCATION ./O Talks/O in/O Kirkby/LOCATION ./O Kirkby/LOCATION residents/O cheered/O ./O"))
                .stream().filter(t -> t.text().equals("Kirkby")).findFirst().orElseThrow();
        assertNull(named.place(), "naming it twice is no more evidence");
        // GeoWebNews: "PLEASANTON, Calif.--", the state named by an abbreviation (no vote of its own): the text places the town
        Gazetteer us = new InMemoryGazetteer(List.of(freedonia, Places.region("California", "US", "CA", 37.0, -120.0, 39_000_000),
                new GazetteerEntry(25, "Kirkby", "Kirkby", "US", "CA", "California", null, 37.6, -121.8, 80_000, "P", "PPL", 0, false)), Map.of(), Map.of());
        Toponym inState = new Geoparser(us).parse(TestReports.report("Freedonia/LOCATION ./O Talks/O in/O Kirkby/LOCATION ,/O Calif./LOCATION ./O"))
                .stream().filter(t -> t.text().equals("Kirkby")).findFirst().orElseThrow();
        assertNotNull(inState.place(), "the town's state is named beside it");
    }

    @Test
    void a_city_found_under_another_of_its_names_far_from_the_articles_towns_is_kept_but_a_small_town_is_not() {
        // GeoWebNews: "Russia will close the US consulate in St. Petersburg" (GeoNames: Saint Petersburg, with "St. Petersburg"
        // among its other names), in a story whose towns are American
        GazetteerEntry xland = Places.country("Xland", "XX", 60.0, 90.0, 140_000_000);
        GazetteerEntry city = Places.town(41, "Sankt Peterburg", "XX", 59.9, 30.3, 5_000_000);
        GazetteerEntry village = Places.town(42, "Nizhnyaya", "XX", 55.0, 40.0, 3000);
        Gazetteer g = new InMemoryGazetteer(List.of(xland, wadiTown, city, village),
                Map.of(41L, List.of("Petropolis"), 42L, List.of("Lowtown")), Map.of());
        Geoparser parser = new Geoparser(g);
        List<Toponym> found = parser.parse(TestReports.report(
                "Officials/O in/O Wadi/LOCATION Nur/LOCATION said/O Xland/LOCATION closed/O the/O consulate/O in/O Petropolis/LOCATION ./O"));
        Toponym petropolis = found.stream().filter(t -> t.text().equals("Petropolis")).findFirst().orElseThrow();
        assertNotNull(petropolis.place(), "a city of five million is known under many names");
        found = parser.parse(TestReports.report(
                "Officials/O in/O Wadi/LOCATION Nur/LOCATION said/O Xland/LOCATION closed/O the/O school/O in/O Lowtown/LOCATION ./O"));
        Toponym lowtown = found.stream().filter(t -> t.text().equals("Lowtown")).findFirst().orElseThrow();
        assertNull(lowtown.place(), "a village of 3,000 found only under another name, far from the article's towns");
    }

    @Test
    void without_context_the_larger_namesake_wins() {
        List<Toponym> found = geoparser.parse(TestReports.report("Fighting/O/NN in/O/IN Qasra/LOCATION ."));
        assertEquals(12, found.get(0).place().geonameId());
        assertTrue(found.get(0).place().candidates().size() >= 2, "the alternatives are kept for review");
    }

    @Test
    void demonyms_become_country_toponyms_when_asked() {
        Geoparser withDemonyms = new Geoparser(gazetteer, new Geoparser.Options(true));
        List<Toponym> found = withDemonyms.parse(TestReports.report("Freedonian/MISC/JJ forces shelled Qasra/LOCATION ."));
        assertEquals(2, found.size());
        assertEquals("FD", found.get(0).place().country());
        assertEquals(3, found.get(0).place().geoPrecision());
    }

    @Test
    void a_known_place_inside_an_organization_name_is_a_toponym_only_in_the_full_geoparse() {
        String text = "The/O/DT Qasra/ORGANIZATION/NNP Times/ORGANIZATION/NNP and/O/CC Victoria/ORGANIZATION/NNP Bank/ORGANIZATION/NNP reported/O/VBD ./O/.";
        assertTrue(geoparser.parse(TestReports.report(text)).isEmpty(), "events never take a place from a name");
        List<Toponym> found = new Geoparser(gazetteer, new Geoparser.Options(true)).parse(TestReports.report(text));
        assertEquals(List.of("Qasra"), found.stream().map(Toponym::text).toList(), "a village of 1,500 inside a bank's name is no toponym");
    }

    @Test
    void province_after_a_name_gives_the_region_with_precision_3() {
        Toponym t = geoparser.parse(TestReports.report("Strikes/O/NNS in/O/IN Wadi/LOCATION Nur/LOCATION province/O/NN ./O/.")).get(0);
        assertEquals("ADM1", gazetteer.lookup("Wadi Nur", 5).stream().filter(GazetteerEntry::isAdminRegion).findFirst().orElseThrow().featureCode());
        assertEquals(3, t.place().geoPrecision());
        assertEquals("A", t.place().featureClass());
        assertEquals("Wadi Nur", t.text(), "the span is the name, without the admin word");
    }

    @Test
    void the_province_of_a_name_gives_the_region_too() {
        Toponym t = geoparser.parse(TestReports.report("Strikes/O/NNS in/O/IN the/O/DT province/O/NN of/O/IN Wadi/LOCATION Nur/LOCATION ./O/.")).get(0);
        assertEquals(3, t.place().geoPrecision());
        assertEquals("A", t.place().featureClass());
        Toponym office = geoparser.parse(TestReports.report("Officials/O/NNS of/O/IN the/O/DT Department/ORGANIZATION/NNP of/O/IN Wadi/LOCATION Nur/LOCATION ./O/.")).get(0);
        assertEquals(1, office.place().geoPrecision(), "a capitalized 'Department of' names an office, not the region");
        Toponym last = geoparser.parse(TestReports.report("Floods/O/NNS hit/O/VBD the/O/DT province/O/NN of/O/IN Wadi/LOCATION Nur/LOCATION")).get(0);
        assertEquals(3, last.place().geoPrecision(), "the name may end the sentence");
    }

    @Test
    void a_bare_name_that_is_also_a_region_is_the_town() {
        Toponym t = geoparser.parse(TestReports.report("Shelling/O/NN hit/O/VBD Wadi/LOCATION Nur/LOCATION ./O/.")).get(0);
        assertEquals(13, t.place().geonameId());
        assertEquals(1, t.place().geoPrecision());
    }

    @Test
    void villages_east_of_a_town_are_near_it_with_precision_2() {
        AnnotatedReport r = TestReports.report("Militias/O/NNS shelled/O/VBD villages/O/NNS east/O/RB of/O/IN Qasra/LOCATION ./O/.");
        Toponym t = geoparser.parse(r).get(0);
        assertEquals("Qasra", t.text());
        assertEquals(2, t.place().geoPrecision());
    }

    @Test
    void an_unknown_village_named_as_a_town_is_placed_near_the_main_town() {
        AnnotatedReport r = TestReports.report(
                "Freedonian/MISC/JJ jets/O/NNS bombed/O/VBD Qasra/LOCATION ./O/.",
                "A/O/DT strike/O/NN on/O/IN the/O/DT town/O/NN of/O/IN Zubara/O/NNP ,/O/, east/O/RB of/O/IN the/O/DT city/O/NN ,/O/, killed/O/VBD ten/O/CD ./O/.");
        List<Toponym> found = geoparser.parse(r);
        Toponym zubara = found.stream().filter(t -> t.text().equals("Zubara")).findFirst().orElseThrow();
        assertNotNull(zubara.place());
        assertEquals(2, zubara.place().geoPrecision());
        assertEquals(qasraFd.lat(), zubara.place().lat());
        assertEquals(0, zubara.place().geonameId(), "the village is not the town");
        assertEquals(1, zubara.sentenceIndex());
    }

    @Test
    void organizations_are_not_places_even_when_tagged_as_locations() {
        assertTrue(geoparser.parse(TestReports.report("Islamic/ORGANIZATION State/ORGANIZATION fighters/O/NNS retreated/O/VBD ./O/.")).isEmpty());
        assertTrue(geoparser.parse(TestReports.report("Islamic/LOCATION State/LOCATION fighters/O/NNS retreated/O/VBD ./O/.")).isEmpty());
    }

    @Test
    void a_name_missed_by_the_tagger_is_found_after_a_place_cue() {
        Toponym t = geoparser.parse(TestReports.report("fighting/O/NN raged/O/VBD in/O/IN qasra/O/NNP on/O/IN monday/O/NNP")).get(0);
        assertEquals("qasra", t.text());
        assertNotNull(t.place());
    }

    @Test
    void a_tagged_location_the_gazetteer_lacks_stays_unresolved_with_a_reason() {
        Toponym t = geoparser.parse(TestReports.report("Clashes/O/NNS near/O/IN Zzyzxville/LOCATION ./O/.")).get(0);
        assertNull(t.place());
        assertNotNull(t.reason());
    }

    @Test
    void a_country_name_resolves_to_the_country_with_precision_3() {
        Toponym t = geoparser.parse(TestReports.report("Elections/O/NNS in/O/IN Freedonia/LOCATION ./O/.")).get(0);
        assertEquals("FD", t.place().country());
        assertEquals(3, t.place().geoPrecision());
    }

    @Test
    void an_admin_word_inside_the_tagged_span_becomes_a_hint() {
        Toponym t = geoparser.parse(TestReports.report("Jets/O/NNS struck/O/VBD Wadi/LOCATION Nur/LOCATION Province/LOCATION ./O/.")).get(0);
        assertEquals("Wadi Nur Province", t.text(), "a capitalized admin word is part of the name");
        assertEquals(3, t.place().geoPrecision());
    }

    @Test
    void a_person_tagged_name_in_a_list_of_villages_is_a_place() {
        AnnotatedReport r = TestReports.report(
                "Freedonian/MISC/JJ jets/O/NNS bombed/O/VBD Qasra/LOCATION ./O/.",
                "Strikes/O/NNS hit/O/VBD villages/O/NNS of/O/IN Zubara/LOCATION and/O/CC Victoria/PERSON ./O/.");
        List<Toponym> found = geoparser.parse(r);
        Toponym v = found.stream().filter(t -> t.text().equals("Victoria")).findFirst().orElseThrow();
        assertEquals(14, v.place().geonameId());
    }

    @Test
    void a_single_person_name_without_a_place_cue_is_not_a_place() {
        List<Toponym> found = geoparser.parse(TestReports.report("Freedonian/MISC/JJ minister/O/NN Victoria/PERSON spoke/O/VBD ./O/."));
        assertTrue(found.isEmpty());
    }

    @Test
    void a_town_found_only_under_another_spelling_in_a_country_the_article_never_names_stays_unresolved() {
        GazetteerEntry port = Places.town(21, "Marsa Kabir", "XX", 21.5, 39.2, 3_000_000);
        Gazetteer g = new InMemoryGazetteer(List.of(qasraFd, freedonia, port), Map.of(21L, List.of("Nura")), Map.of());
        Geoparser parser = new Geoparser(g);
        List<Toponym> found = parser.parse(TestReports.report("Freedonia/LOCATION/NNP said/O/VBD refugees/O/NNS fled/O/VBD to/O/TO Nura/LOCATION/NNP ./O/."));
        Toponym nura = found.stream().filter(t -> t.text().equals("Nura")).findFirst().orElseThrow();
        assertNull(nura.place(), "not the port abroad that lists Nura among its other names");
        List<Toponym> alone = parser.parse(TestReports.report("Refugees/O/NNS fled/O/VBD to/O/TO Nura/LOCATION/NNP ./O/."));
        assertEquals(21, alone.get(0).place().geonameId(), "with nothing to say where the article is, the other name still counts");
    }

    @Test
    void a_wire_state_abbreviation_is_its_state_and_places_the_town_before_it() {
        GazetteerEntry carolina = Places.region("North Carolina", "US", "NC", 35.5, -80.0, 10_000_000);
        GazetteerEntry raleighNc = new GazetteerEntry(31, "Raleigh", "Raleigh", "US", "NC", "North Carolina", null, 35.77, -78.64, 470_000, "P", "PPLA", 0, false);
        GazetteerEntry raleighWv = new GazetteerEntry(32, "Raleigh", "Raleigh", "US", "WV", "West Virginia", null, 37.8, -81.2, 900_000, "P", "PPL", 0, false);
        Geoparser parser = new Geoparser(new InMemoryGazetteer(List.of(carolina, raleighNc, raleighWv)));
        List<Toponym> found = parser.parse(TestReports.report("Raleigh/LOCATION/NNP ,/O/, N.C./LOCATION/NNP reported/O/VBD ./O/."));
        assertEquals("North Carolina", found.get(1).place().name());
        assertEquals(3, found.get(1).place().geoPrecision());
        assertEquals(31, found.get(0).place().geonameId(), "the town in the state named after it, not the larger namesake");
    }

    @Test
    void a_landmark_is_the_town_it_stands_in_not_a_namesake_town() {
        // the ids are those landmarks.tsv names: Washington's in GeoNames, and a town named White House in Tennessee
        GazetteerEntry washington = new GazetteerEntry(4140963, "Washington", "Washington", "US", "DC", "District of Columbia", null, 38.9, -77.04,
                690_000, "P", "PPLC", 0, false);
        GazetteerEntry whiteHouseTown = new GazetteerEntry(4667282, "White House", "White House", "US", "TN", "Tennessee", null, 36.47, -86.65,
                13_000, "P", "PPL", 0, false);
        Geoparser parser = new Geoparser(new InMemoryGazetteer(List.of(washington, whiteHouseTown)));
        List<Toponym> found = parser.parse(TestReports.report("Protesters/O/NNS marched/O/VBD to/O/TO the/O/DT White/LOCATION/NNP House/LOCATION/NNP ./O/."));
        assertEquals(4140963, found.get(0).place().geonameId(), "the White House is in Washington");
        found = parser.parse(TestReports.report("He/O/PRP grew/O/VBD up/O/RP in/O/IN White/LOCATION/NNP Settlement/LOCATION/NNP ./O/."));
        assertTrue(found.isEmpty() || found.get(0).place() == null || found.get(0).place().geonameId() != 4140963, "no landmark by that name");
    }

    @Test
    void names_after_settlements_of_are_places_even_when_the_gazetteer_lacks_them() {
        List<Toponym> found = geoparser.parse(TestReports.report(
                "Rebels/O/NNS shelled/O/VBD the/O/DT settlements/O/NNS of/O/IN Zorba/O/NNP and/O/CC Qasra/O/NNP near/O/IN Qasra/LOCATION/NNP ./O/."));
        assertTrue(found.stream().anyMatch(t -> t.text().equals("Zorba")), found.toString());
    }

    @Test
    void an_unknown_name_holding_a_large_towns_is_placed_at_it_in_the_full_geoparse_only() {
        String sentence = "Freedonia/LOCATION said/O the/O Wadi/LOCATION Nur/LOCATION Detention/LOCATION Centre/LOCATION was/O closed/O ./O";
        Toponym full = new Geoparser(gazetteer, new Geoparser.Options(true)).parse(TestReports.report(sentence)).get(1);
        assertEquals("Wadi Nur Detention Centre", full.text());
        assertEquals(35.3, full.place().lat(), 1e-9);
        assertEquals(2, full.place().geoPrecision(), "near the town, not the town itself");
        assertEquals("Wadi Nur Detention Centre", full.place().name());
        Toponym events = geoparser.parse(TestReports.report(sentence)).get(1);
        assertEquals(null, events.place(), "events leave it unresolved");
    }

    @Test
    void a_village_the_gazetteer_lacks_is_placed_near_a_town_named_just_before_it_and_not_near_one_named_far_away() {
        List<Toponym> close = geoparser.parse(TestReports.report(
                "Jets/O/NNS struck/O/VBD Qasra/LOCATION/NNP ./O/.",
                "The/O/DT strike/O/NN hit/O/VBD the/O/DT village/O/NN of/O/IN Zorba/O/NNP ./O/."));
        Toponym zorba = close.stream().filter(t -> t.text().equals("Zorba")).findFirst().orElseThrow();
        Toponym qasra = close.get(0);
        assertEquals(qasra.place().lat(), zorba.place().lat(), 1e-9, "at Qasra, the town named just before");
        assertEquals(qasra.place().lon(), zorba.place().lon(), 1e-9);
        assertEquals(2, zorba.place().geoPrecision());
        List<Toponym> far = geoparser.parse(TestReports.report(
                "Qasra/LOCATION/NNP denied/O/VBD it/O/PRP ./O/.",
                "Talks/O/NNS went/O/VBD on/O/IN ./O/.",
                "Nobody/O/NN came/O/VBD ./O/.",
                "Aid/O/NN reached/O/VBD the/O/DT camp/O/NN of/O/IN Zorba/O/NNP ./O/."));
        Toponym camp = far.stream().filter(t -> t.text().equals("Zorba")).findFirst().orElseThrow();
        assertNull(camp.place(), "a town named three sentences before says nothing of where the camp lies");
    }

    @Test
    void a_word_of_a_persons_full_name_is_that_person_again_unless_a_place_word_stands_before_it() {
        List<Toponym> found = geoparser.parse(TestReports.report(
                "Ken/PERSON/NNP Victoria/PERSON/NNP ,/O/, an/O/DT aid/O/NN official/O/NN ,/O/, spoke/O/VBD ./O/.",
                "According/O/VBG to/O/TO Victoria/LOCATION/NNP ,/O/, the/O/DT camp/O/NN was/O/VBD hit/O/VBN ./O/.",
                "Aid/O/NN reached/O/VBD people/O/NNS in/O/IN Victoria/LOCATION/NNP ./O/."));
        assertEquals(1, found.stream().filter(t -> t.text().equals("Victoria")).count(), found.toString());
        assertTrue(found.stream().anyMatch(t -> t.text().equals("Victoria") && t.sentenceIndex() == 2));
    }

    @Test
    void a_town_found_only_under_an_old_name_far_from_every_place_the_article_names_stays_unresolved() {
        GazetteerEntry capital = Places.town(21, "Portsville", "FD", 34.0, 40.0, 500000);
        GazetteerEntry farTown = Places.town(22, "Pinecrest", "FD", 44.0, 20.0, 9000); // old name: "Oakhill"
        GazetteerEntry nearTown = Places.town(23, "Elmwood", "FD", 34.1, 40.1, 9000); // old name: "Ashford"
        Geoparser g = new Geoparser(new InMemoryGazetteer(List.of(capital, farTown, nearTown),
                Map.of(22L, List.of("Oakhill"), 23L, List.of("Ashford")), Map.of()));
        List<Toponym> found = g.parse(TestReports.report(
                "Police/O/NNS searched/O/VBD Portsville/LOCATION/NNP ./O/.",
                "He/O/PRP fled/O/VBD to/O/TO Oakhill/LOCATION/NNP and/O/CC Ashford/LOCATION/NNP ./O/."));
        Toponym oakhill = found.stream().filter(t -> t.text().equals("Oakhill")).findFirst().orElseThrow();
        Toponym ashford = found.stream().filter(t -> t.text().equals("Ashford")).findFirst().orElseThrow();
        assertNull(oakhill.place(), "an old name of a town 2,000 km from the story's city");
        assertEquals(23, ashford.place().geonameId(), "an old name of a town beside it");
    }

    @Test
    void an_old_name_of_a_far_small_town_goes_even_when_the_articles_city_has_namesakes() {
        GazetteerEntry city = Places.town(31, "Portsville", "FD", 34.0, 40.0, 500000);
        GazetteerEntry namesake = Places.town(32, "Portsville", "FD", 20.0, 30.0, 2000); // so no single-candidate anchor
        GazetteerEntry farTown = Places.town(33, "Pinecrest", "FD", 44.0, 20.0, 9000); // old name: "Oakhill"
        Geoparser g = new Geoparser(new InMemoryGazetteer(List.of(city, namesake, farTown), Map.of(33L, List.of("Oakhill")), Map.of()));
        List<Toponym> found = g.parse(TestReports.report(
                "Police/O/NNS searched/O/VBD Portsville/LOCATION/NNP ./O/.",
                "He/O/PRP fled/O/VBD to/O/TO Oakhill/LOCATION/NNP ./O/."));
        Toponym oakhill = found.stream().filter(t -> t.text().equals("Oakhill")).findFirst().orElseThrow();
        assertTrue(oakhill.place() == null || oakhill.place().geoPrecision() == 2 && oakhill.place().lat() == 34.0,
                "unresolved, or placed near the article's city: " + oakhill);
    }
    @Test
    void in_an_all_capitals_report_an_untagged_word_is_a_place_only_as_a_town_of_the_articles_country() {
        GazetteerEntry store = Places.town(21, "Store", "XX", 46.2, 15.3, 2000);
        GazetteerEntry lima = Places.town(22, "Villa", "FD", 34.6, 40.7, 30000);
        Geoparser parser = new Geoparser(new InMemoryGazetteer(List.of(store, lima, freedonia, qasraFd), Map.of(), Map.of()));
        AnnotatedReport tagged = TestReports.report("FIGHTING/O/NN IN/O/IN FREEDONIA/LOCATION/NNP .",
                "A/O/DT WAREHOUSE/O/NN USED/O/VBN TO/O/TO STORE/O/VB DRUGS/O/NNS WAS/O/VBD FOUND/O/VBN IN/O/IN VILLA/O/NN .");
        // the second sentence was only tokenized (no tagger ran on it), as the event pipeline does for sentences without a trigger
        var untagged = tagged.sentences().get(1);
        var plain = untagged.tokens().stream().map(t -> new org.sitrep.model.Token(t.index(), t.word(), t.word(), null, null, "O", t.span())).toList();
        AnnotatedReport caseless = new AnnotatedReport(tagged.report(), List.of(tagged.sentences().get(0),
                new org.sitrep.model.AnnotatedSentence(untagged.sentence(), plain, List.of(), List.of(), List.of(), false)), true);
        List<String> names = parser.parse(caseless).stream().filter(t -> t.place() != null).map(t -> t.place().name()).toList();
        assertTrue(!names.contains("Store"), names.toString());
        assertTrue(names.contains("Villa"), names.toString());
    }
}
