package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class PlaceResolverTest {
    // two towns of one name, a large one abroad and Freedonia's own
    private final GazetteerEntry bigAbroad = Places.town(12, "Qasra", "XX", 10.0, 10.0, 400000).withMatch(1, true);
    private final GazetteerEntry local = Places.town(11, "Qasra", "FD", 34.45, 40.92, 20000).withMatch(1, true);
    private final GazetteerEntry freedonia = Places.country("Freedonia", "FD", 35.0, 38.0, 9000000).withMatch(1, true);

    private static Mention at(String text, String name) {
        int p = text.indexOf(name);
        return new Mention(new Span(p, p + name.length()), name, 0, Mention.Cue.PLACE, false, true, false, false);
    }

    @Test
    void a_place_followed_by_a_comma_and_a_country_or_region_is_in_that_area() {
        String text = "He lives in Qasra, Freedonia, and works in Qasra, First Region.";
        GazetteerEntry region = Places.region("First Region", "XX", "01", 10.0, 10.0, 900000).withMatch(1, true);
        int second = text.lastIndexOf("Qasra");
        List<Mention> mentions = List.of(at(text, "Qasra"), at(text, "Freedonia"),
                new Mention(new Span(second, second + 5), "Qasra", 0, Mention.Cue.PLACE, false, true, false, false), at(text, "First Region"));
        List<List<GazetteerEntry>> found = new ArrayList<>(List.of(List.of(bigAbroad, local), List.of(freedonia), List.of(bigAbroad, local), List.of(region)));
        PlaceResolver.withinNamedArea(mentions, found, text);
        assertEquals(List.of(local), found.get(0), "Freedonia's Qasra, not the larger one abroad");
        assertEquals(List.of(bigAbroad), found.get(2), "the First Region is the larger one's");
    }

    @Test
    void a_place_in_a_named_country_is_that_countrys_and_a_namesake_under_another_spelling_elsewhere_is_not_it() {
        String text = "Shells hit Qasra in northern Freedonia and the village of Qasna in southern Freedonia.";
        // found for "Qasna" only as another name of a town abroad
        GazetteerEntry qusnaAbroad = Places.town(14, "Qusna", "XX", 10.0, 10.0, 200000).withMatch(1, true);
        int second = text.lastIndexOf("Freedonia");
        List<Mention> mentions = List.of(at(text, "Qasra"), at(text, "Freedonia"), at(text, "Qasna"),
                new Mention(new Span(second, second + 9), "Freedonia", 0, Mention.Cue.PLACE, false, true, false, false));
        List<List<GazetteerEntry>> found = new ArrayList<>(List.of(List.of(bigAbroad, local), List.of(freedonia), List.of(qusnaAbroad), List.of(freedonia)));
        PlaceResolver.withinNamedArea(mentions, found, text);
        assertEquals(List.of(local), found.get(0), "'in northern Freedonia' holds it");
        assertEquals(List.of(), found.get(2), "no town of Freedonia, and the one abroad is not found under its own name: unknown");

        String own = "Fighters from Qasra in Freedonia crossed over.";
        List<List<GazetteerEntry>> kept = new ArrayList<>(List.of(List.of(bigAbroad), List.of(freedonia)));
        PlaceResolver.withinNamedArea(List.of(at(own, "Qasra"), at(own, "Freedonia")), kept, own);
        assertEquals(List.of(bigAbroad), kept.get(0), "a town found under its own name stays, wherever the sentence says it is");

        // VOA (Myanmar, 2021-03-19): "killed Friday in the central town of Aungban in eastern Shan state"
        String region = "Eight demonstrators were killed in the town of Qasna in eastern Highland state.";
        GazetteerEntry highland = Places.region("Highland", "FD", "01", 34.0, 41.0, 900000).withMatch(1, true);
        GazetteerEntry qusnaElsewhere = new GazetteerEntry(15, "Qusna", "Qusna", "FD", "02", "Lowland", null, 30.0, 40.0, 20000, "P", "PPL", 0, false)
                .withMatch(1, true);
        List<List<GazetteerEntry>> inRegion = new ArrayList<>(List.of(List.of(qusnaElsewhere), List.of(highland)));
        PlaceResolver.withinNamedArea(List.of(at(region, "Qasna"), at(region, "Highland")), inRegion, region);
        assertEquals(List.of(), inRegion.get(0), "a town of another region, found under another spelling, is not the one in Highland");
    }

    @Test
    void the_area_after_the_comma_is_the_one_that_holds_the_place() {
        String text = "A fire broke out in Qasra, Highland.";
        GazetteerEntry highlandTown = Places.town(13, "Highland", "XX", 10.0, 10.0, 700000).withMatch(1, true);
        GazetteerEntry highland = Places.region("Highland", "FD", "01", 34.0, 41.0, 900000).withMatch(1, true);
        GazetteerEntry qasraRegion = new GazetteerEntry(11, "Qasra", "Qasra", "FD", "01", "Highland", null, 34.45, 40.92, 20000, "P", "PPL", 0, false)
                .withMatch(1, true);
        List<Mention> mentions = List.of(at(text, "Qasra"), at(text, "Highland"));
        List<List<GazetteerEntry>> found = new ArrayList<>(List.of(List.of(qasraRegion), List.of(highlandTown, highland)));
        PlaceResolver.withinNamedArea(mentions, found, text);
        assertEquals(List.of(highland), found.get(1), "the region holding Qasra, not the larger town of its name");
    }

    @Test
    void a_town_under_another_spelling_across_the_border_of_a_country_the_story_points_to_is_no_namesake() {
        // after an ECB+ report (Reuters, January 2009): "... the school in the northern town of Jabaliya", a story naming only Israel
        String text = "Israeli shells hit a UN school in Jabaliya.";
        GazetteerEntry jabalia = new GazetteerEntry(281129, "Jabālyā", "Jabalya", "PS", "GZ", null, null, 31.53, 34.48, 168568, "P", "PPL", 0, false)
                .withMatch(1, true);
        GazetteerEntry namesake = new GazetteerEntry(9, "Jabalya", "Jabalya", "XX", "01", null, null, 10.0, 10.0, 168568, "P", "PPL", 0, false)
                .withMatch(1, true);
        for (boolean bordering : new boolean[] {true, false}) {
            GazetteerEntry town = bordering ? jabalia : namesake;
            Gazetteer g = new Gazetteer() {
                @Override
                public List<GazetteerEntry> lookup(String name, int max) {
                    return name.equals("Jabaliya") ? List.of(town) : List.of();
                }

                @Override
                public java.util.Set<String> neighboursOf(String country) {
                    return country.equals("PS") ? java.util.Set.of("IL", "EG", "JO") : java.util.Set.of();
                }
            };
            PlaceResolver resolver = new PlaceResolver(g, PlaceCues.standard(), PlaceResolver.standardPasses(), false);
            ArticleContext context = new ArticleContext();
            context.addCountry("IL", 1.0);
            org.sitrep.model.Toponym t = resolver.resolve(List.of(at(text, "Jabaliya")), context, text).get(0);
            if (bordering) assertEquals("Jabālyā", t.place().name());
            else assertEquals(null, t.place(), "a namesake in a country neither named nor beside one named");
        }
    }

    @Test
    void a_region_named_by_its_own_name_beats_a_village_in_it_found_under_a_shortened_name() {
        String text = "Wildfires burned across Montana on Monday.";
        GazetteerEntry state = new GazetteerEntry(0, "Montana", "montana", "US", "MT", "Montana", null, 46.88, -110.36, 677162, "A", "ADM1", 0, false)
                .withMatch(1, true);
        GazetteerEntry village = new GazetteerEntry(5666921, "Montana City", "Montana City", "US", "MT", "Montana", "Jefferson County", 46.54, -111.93,
                2715, "P", "PPL", 0, false).withMatch(0.85, true);
        GazetteerEntry helena = Places.town(5656882, "Helena", "US", 46.59, -112.04, 32315).withMatch(1, true);
        Gazetteer g = (name, max) -> name.equals("Montana") ? List.of(state, village) : name.equals("Helena") ? List.of(helena) : List.of();
        PlaceResolver resolver = new PlaceResolver(g, PlaceCues.standard(), PlaceResolver.standardPasses(), false);
        String full = text + " Crews from Helena fought the fires.";
        int h = full.indexOf("Helena");
        List<Mention> mentions = List.of(at(full, "Montana"), new Mention(new Span(h, h + 6), "Helena", 1, Mention.Cue.PLACE, false, true, false, false));
        List<org.sitrep.model.Toponym> out = resolver.resolve(mentions, new ArticleContext(), full);
        assertEquals("Montana", out.get(0).place().name(), "the state, though the village lies nearer Helena");
    }
}
