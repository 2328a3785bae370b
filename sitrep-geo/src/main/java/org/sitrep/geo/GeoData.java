package org.sitrep.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.model.SitrepException;

/**
 * Finds the data folder (the one holding {@code npm/} and {@code index/}): system property
 * {@code sitrep.data}, else env {@code SITREP_DATA}, else {@code ./data/cache}, else the first
 * {@code data/cache} found walking up from the working directory.
 */
public final class GeoData {
    private GeoData() {}

    public static Path locate() {
        return locate(System.getProperty("sitrep.data"), System.getenv("SITREP_DATA"), Path.of("").toAbsolutePath());
    }

    static Path locate(String property, String env, Path workingDir) {
        for (String configured : new String[] {property, env}) {
            if (configured != null && !configured.isBlank()) {
                Path p = Path.of(configured).toAbsolutePath();
                if (!Files.isDirectory(p)) throw missing("the configured data folder " + p + " does not exist");
                return p;
            }
        }
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data").resolve("cache");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw missing("no data/cache folder in " + workingDir + " or above it");
    }

    private static SitrepException missing(String what) {
        return new SitrepException(SitrepException.Category.CONFIGURATION, what
                + ". Fetch the gazetteer data with scripts/fetch-data.sh (or mvn install, which runs it),"
                + " or point -Dsitrep.data / SITREP_DATA at the folder holding npm/.");
    }
}
