package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.SitrepException;

/** The words around a name that mark it as a place: cues before it and admin terms after it. */
final class PlaceCues {
    record Cue(List<String> words, Mention.Cue kind) {}

    private final List<Cue> cues;
    private final Set<String> adminTerms;
    private final Set<String> notPlaces;
    private final Set<String> settlementTerms = WordList.read("settlement-terms.txt");

    PlaceCues(List<Cue> cues, Set<String> adminTerms, Set<String> notPlaces) {
        List<Cue> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt((Cue c) -> c.words().size()).reversed());
        this.cues = List.copyOf(sorted);
        this.adminTerms = Set.copyOf(adminTerms);
        this.notPlaces = Set.copyOf(notPlaces);
    }

    static PlaceCues standard() {
        return new PlaceCues(readCues(PlaceCues.class.getResourceAsStream("place-cues.tsv")),
                WordList.read("admin-terms.txt"), WordList.read("not-places.txt"));
    }

    /** The longest cue whose words end right before {@code index} in {@code words}, or null. */
    Cue cueBefore(List<String> words, int index) {
        for (Cue c : cues) {
            int n = c.words().size();
            if (index - n < 0) continue;
            boolean match = true;
            for (int i = 0; i < n && match; i++) match = c.words().get(i).equals(words.get(index - n + i));
            if (match) return c;
        }
        return null;
    }

    boolean isAdminTerm(String word) {
        return adminTerms.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "neighbourhood", "camp", "village": after a name, it names a settlement or part of one. */
    boolean isSettlementTerm(String word) {
        return settlementTerms.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isNotPlace(String text) {
        return notPlaces.contains(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
    }

    static List<Cue> readCues(InputStream in) {
        if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "place-cues.tsv missing from the classpath");
        List<Cue> cues = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                cues.add(new Cue(List.of(f[0].strip().split("\\s+")), Mention.Cue.valueOf(f[1].strip().toUpperCase(Locale.ROOT))));
            }
        } catch (IOException | RuntimeException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read place-cues.tsv: " + e.getMessage(), e);
        }
        return cues;
    }
}
