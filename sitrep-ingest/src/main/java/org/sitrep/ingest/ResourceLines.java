package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.model.SitrepException;

/** Reads a word-list resource: one entry a line, '#' starts a comment line, blank lines skipped. */
final class ResourceLines {
    private ResourceLines() {}

    static List<String> read(String resource) {
        InputStream stream = ResourceLines.class.getResourceAsStream(resource);
        if (stream == null) throw new SitrepException(SitrepException.Category.INTERNAL, "resource " + resource + " is missing from the build.");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "resource " + resource + " cannot be read.", e);
        }
    }
}
