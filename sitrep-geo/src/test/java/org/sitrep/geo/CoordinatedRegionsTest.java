package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

/** Invented places: the regions Highland and Lowland of Freedonia; Lowland is also the name of its capital. */
class CoordinatedRegionsTest {
    private final GazetteerEntry highland = Places.region("Highland", "FD", "01", 34.0, 41.0, 900000).withMatch(1, true);
    private final GazetteerEntry lowland = Places.region("Lowland", "FD", "02", 33.0, 40.0, 3000000).withMatch(1, true);
    private final GazetteerEntry lowlandCity = Places.capital(14, "Lowland", "FD", 33.5, 40.5, 700000).withMatch(1, true);
    private final GazetteerEntry port = Places.town(15, "Port", "FD", 33.1, 40.1, 300000).withMatch(1, true);

    private static Mention at(String text, String name, int from) {
        int p = text.indexOf(name, from);
        return new Mention(new Span(p, p + name.length()), name, 0, Mention.Cue.PLACE, false, true, false, false);
    }

    @Test
    void a_list_of_regions_names_regions() {
        String text = "Prices are high in states such as Highland or Lowland.";
        List<Mention> mentions = List.of(at(text, "Highland", 0), at(text, "Lowland", 0));
        List<List<GazetteerEntry>> found = new ArrayList<>(List.of(List.of(highland), List.of(lowlandCity, lowland)));
        CoordinatedRegions.apply(mentions, found, text);
        assertEquals(List.of(lowland), found.get(1));
    }

    @Test
    void a_list_with_a_city_stays_a_list_of_cities() {
        String text = "After stops in Lowland, Highland and Port, he flew home.";
        List<Mention> mentions = List.of(at(text, "Lowland", 0), at(text, "Highland", 0), at(text, "Port", 0));
        List<List<GazetteerEntry>> found = new ArrayList<>(List.of(List.of(lowlandCity, lowland), List.of(highland), List.of(port)));
        CoordinatedRegions.apply(mentions, found, text);
        assertEquals(List.of(lowlandCity, lowland), found.get(0));
    }
}
