package org.sitrep.eval;

import java.util.List;

/** The exact and the overlap (relaxed) one-to-one pairings of one record's spans. */
record SpanMatches(List<IndexPair> exact, List<IndexPair> overlap) {
    SpanMatches {
        exact = List.copyOf(exact);
        overlap = List.copyOf(overlap);
    }
}
