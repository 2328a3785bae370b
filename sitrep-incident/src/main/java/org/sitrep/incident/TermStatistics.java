package org.sitrep.incident;

import java.util.Map;

/**
 * Document frequencies over the stories seen so far: {@code stories} stories in all, and for each term
 * how many of them hold it. A term absent from the map is held by none.
 */
public record TermStatistics(int stories, Map<String, Integer> storiesWithTerm) {
    public TermStatistics {
        if (stories < 0) throw new IllegalArgumentException("stories must be 0 or more");
        storiesWithTerm = Map.copyOf(storiesWithTerm);
    }

    /**
     * Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: never below 1, so with few
     * stories seen every term still counts, and a term every story holds counts least.
     */
    public double idf(String term) {
        int df = Math.min(storiesWithTerm.getOrDefault(term, 0), stories);
        return Math.log((stories + 1.0) / (df + 1.0)) + 1.0;
    }
}
