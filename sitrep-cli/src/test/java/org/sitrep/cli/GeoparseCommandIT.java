package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sitrep geoparse` end to end, with the real models and gazetteer. */
class GeoparseCommandIT {
    private static final Path EXAMPLE = Path.of("..", "examples", "albu-kamal.txt");

    @Test
    void the_example_town_resolves_to_the_syrian_one(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("geoparse", EXAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode albu = null;
        for (JsonNode t : new ObjectMapper().readTree(r.out())) {
            if (t.path("text").asText().equalsIgnoreCase("albu kamal")) albu = t;
        }
        assertTrue(albu != null, r.out());
        assertEquals("SY", albu.get("country").asText());
        assertEquals(34.45, albu.get("lat").asDouble(), 0.05);
        assertEquals(40.92, albu.get("lon").asDouble(), 0.05);
        assertEquals("place", albu.get("role").asText());
    }

    @Test
    void every_toponym_says_its_role(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("roles.txt"),
                "Residents told The Washington Post that Syrian forces shelled Aleppo on Monday.\n");
        CliRun r = CliRun.of("geoparse", f.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, String> roles = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(r.out())) roles.put(t.get("text").asText(), t.get("role").asText());
        assertEquals("place", roles.get("Aleppo"), roles.toString());
        assertEquals("demonym", roles.get("Syrian"), roles.toString());
        assertEquals("in a name", roles.get("Washington"), roles.toString());
    }

    @Test
    void countries_joined_by_hyphens_are_each_a_place(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("joined.txt"), "The DPRK-U.S. summit follows US-China trade talks in Geneva.\n");
        CliRun r = CliRun.of("geoparse", f.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, String> countries = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(r.out())) countries.put(t.get("text").asText(), t.path("country").asText());
        assertEquals("KP", countries.get("DPRK"), countries.toString());
        assertEquals("US", countries.get("U.S."), countries.toString());
        assertEquals("CN", countries.get("China"), countries.toString());
    }

    @Test
    void named_regions_resolve_and_a_place_in_a_named_country_is_no_namesake_abroad(@TempDir Path dir) throws Exception {
        // written for the test, after wire reports of these conflicts
        Path f = Files.writeString(dir.resolve("regions.txt"), "Fighting in Darfur killed 12 people on Monday. Shelling hit towns across Donbas."
                + " Government warplanes bombed towns in Eastern Ghouta. An Israeli airstrike hit the village of Qana in southern Lebanon."
                + " Israeli troops raided the Jabaliya refugee camp.\n");
        CliRun r = CliRun.of("geoparse", f.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, String> countries = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(r.out())) countries.put(t.get("text").asText(), t.path("country").asText());
        assertEquals("SD", countries.get("Darfur"), countries.toString());
        assertEquals("UA", countries.get("Donbas"), countries.toString());
        assertEquals("SY", countries.get("Eastern Ghouta"), countries.toString());
        assertEquals("PS", countries.get("Jabaliya"), countries.toString());
        assertTrue(!"EG".equals(countries.get("Qana")), "Qinā, Egypt, is not the Qana of southern Lebanon: " + countries);
    }
}
