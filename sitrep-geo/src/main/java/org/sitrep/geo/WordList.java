package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.SitrepException;

/** Reads a one-entry-a-line resource with '#' comments into a lowercase set. */
final class WordList {
    private WordList() {}

    static Set<String> read(String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : readLines(resource)) words.add(line.toLowerCase(Locale.ROOT));
        return Set.copyOf(words);
    }

    /** A name as the word lists hold it: lowercase, without a leading "the", single spaces ("the  Atlantic" → "atlantic"). */
    static String bare(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("\\s+", " ").strip();
    }

    /** The two tab-separated fields of each line, stripped; lines without exactly two are skipped. */
    static java.util.List<String[]> readPairs(String resource) {
        java.util.List<String[]> pairs = new java.util.ArrayList<>();
        for (String line : readLines(resource)) {
            String[] f = line.split("\t");
            if (f.length == 2) pairs.add(new String[] {f[0].strip(), f[1].strip()});
        }
        return pairs;
    }

    /** The non-comment, non-blank lines as written. */
    static java.util.List<String> readLines(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, resource + " missing from the classpath");
        java.util.List<String> lines = new java.util.ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) lines.add(line.strip());
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read " + resource, e);
        }
        return lines;
    }
}
