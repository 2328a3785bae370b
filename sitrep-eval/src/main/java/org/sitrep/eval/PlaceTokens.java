package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.SitrepException;

/**
 * Compares place phrases by their content words: lower-cased letter/digit runs, with periods and
 * apostrophes dropped first (so "U.S." is "us"), and without the stop words of a resource list
 * ("the", "in", "near", ...) and single letters, which would match almost any phrase.
 */
final class PlaceTokens {
    static final String STOP_WORDS = "place-stop-words.txt";
    private final Set<String> stopWords;

    PlaceTokens(Set<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    static PlaceTokens load(String resource) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = PlaceTokens.class.getResourceAsStream(resource)) {
            if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "resource " + resource + " is missing from sitrep-eval");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) words.add(word);
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read " + resource + ": " + e.getMessage(), e);
        }
        return new PlaceTokens(words);
    }

    /** The phrase's content words, in order of first appearance; empty for null. */
    Set<String> of(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        if (phrase == null) return out;
        String flat = phrase.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019]", "");
        for (String token : flat.split("[^\\p{L}\\p{N}]+")) {
            if (token.length() > 1 && !stopWords.contains(token)) out.add(token);
        }
        return out;
    }

    /** Whether the two phrases share a content word. */
    boolean overlap(String a, String b) {
        Set<String> left = of(a);
        for (String token : of(b)) if (left.contains(token)) return true;
        return false;
    }
}
