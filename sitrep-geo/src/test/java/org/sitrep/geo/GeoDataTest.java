package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.SitrepException;

class GeoDataTest {
    @TempDir
    Path root;

    @Test
    void the_system_property_wins_over_the_environment() throws Exception {
        Path a = Files.createDirectories(root.resolve("a"));
        Path b = Files.createDirectories(root.resolve("b"));
        assertEquals(a, GeoData.locate(a.toString(), b.toString(), root));
        assertEquals(b, GeoData.locate(null, b.toString(), root));
    }

    @Test
    void data_cache_is_found_walking_up_from_the_working_directory() throws Exception {
        Path cache = Files.createDirectories(root.resolve("data/cache"));
        Path deep = Files.createDirectories(root.resolve("x/y/z"));
        assertEquals(cache, GeoData.locate(null, null, deep));
        assertEquals(cache, GeoData.locate(null, "", root));
    }

    @Test
    void a_missing_data_folder_is_a_configuration_error_that_says_how_to_fetch() {
        SitrepException e = assertThrows(SitrepException.class, () -> GeoData.locate(null, null, root.resolve("nowhere")));
        assertEquals(SitrepException.Category.CONFIGURATION, e.category());
        assertTrue(e.getMessage().contains("fetch-data.sh"));
        SitrepException configured = assertThrows(SitrepException.class, () -> GeoData.locate(root.resolve("gone").toString(), null, root));
        assertEquals(SitrepException.Category.CONFIGURATION, configured.category());
    }
}
