package org.sitrep.incident;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What story linking knows of one report: its publication date (null when unknown), a one-line
 * headline for listings, and weighted-overlap terms with their counts. A term's prefix says its kind:
 * {@code n:} a name (person, organization, other named thing), {@code l:} a place, {@code k:} a key
 * lemma of the lead, {@code #:} a number of the lead, {@code d:} a date the text mentions.
 */
public record StoryFeatures(LocalDate published, String headline, Map<String, Integer> terms) {
    public StoryFeatures {
        terms = terms == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(terms));
        for (var e : terms.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1) throw new IllegalArgumentException("term " + e.getKey() + " needs a positive count");
            if (TermKind.of(e.getKey()) == null) throw new IllegalArgumentException("term " + e.getKey() + " has no known kind prefix");
        }
    }

    /** A report about which nothing is known but its date: it founds a story of its own. */
    public static StoryFeatures none(LocalDate published, String headline) {
        return new StoryFeatures(published, headline, Map.of());
    }

    /** Whether a term names something (a person, organization, place): only names make a candidate story. */
    public static boolean isName(String term) {
        TermKind k = TermKind.of(term);
        return k == TermKind.NAME || k == TermKind.PLACE;
    }
}
