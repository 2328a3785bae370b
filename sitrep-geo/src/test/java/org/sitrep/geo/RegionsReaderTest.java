package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First-level regions: their points and names, from a states file shaped like country-state-city's (invented places). */
class RegionsReaderTest {
    @TempDir
    Path dir;

    @Test
    void a_region_point_far_from_the_regions_own_towns_gives_way_to_their_mean_and_compass_names_get_short_forms() throws Exception {
        // "Northern Hills" is geocoded by name onto a namesake on another continent; "Lakes" is where its towns are.
        Path states = dir.resolve("state.json");
        Files.writeString(states, """
                [{"name": "North Hills", "countryCode": "FD", "latitude": "37.78", "longitude": "-122.40"},
                 {"name": "Lakes", "countryCode": "FD", "latitude": "10.4", "longitude": "30.1"}]
                """);
        RegionsReader.Totals totals = new RegionsReader.Totals();
        totals.add(town("FD", "01", 9.0, 30.0));
        totals.add(town("FD", "01", 9.4, 30.2));
        totals.add(town("FD", "02", 10.0, 30.0));
        List<GazetteerRecord> out = new ArrayList<>();
        new RegionsReader(NameFolder.standard(), Set.of("state", "province"))
                .regions(Map.of("FD.01", "Northern Hills", "FD.02", "Lakes"), states, totals, out::add);
        GazetteerRecord hills = out.stream().filter(r -> r.entry().name().equals("Northern Hills")).findFirst().orElseThrow();
        assertEquals(9.2, hills.entry().lat(), 1e-9, "the mean of its towns, not the namesake's point");
        assertEquals(30.1, hills.entry().lon(), 1e-9);
        assertTrue(hills.names().contains("North Hills"), hills.names().toString());
        GazetteerRecord lakes = out.stream().filter(r -> r.entry().name().equals("Lakes")).findFirst().orElseThrow();
        assertEquals(10.4, lakes.entry().lat(), 1e-9, "a point near its towns is kept");
    }

    private static GazetteerEntry town(String country, String admin1, double lat, double lon) {
        return new GazetteerEntry(1, "T", "T", country, admin1, null, "", lat, lon, 1000, "P", "PPL", 0, false);
    }
}
