package org.sitrep.geo;

/** A gazetteer entry being scored for one mention; passes add to {@code score}. */
final class Candidate {
    final GazetteerEntry entry;
    double score;
    boolean dropped;

    Candidate(GazetteerEntry entry) {
        this.entry = entry;
        this.score = entry.matchScore();
    }
}
