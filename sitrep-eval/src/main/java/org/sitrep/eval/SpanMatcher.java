package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * One-to-one span matching for geoparse and timex. Exact: same start and end. Overlap (TempEval-3
 * "relaxed"): any shared character, assigned optimally so that first the number of pairs and then
 * the total overlap is as large as possible (a greedy pass can lose a pair when spans nest).
 * A null span (bad offsets) is never matched.
 */
final class SpanMatcher {
    private final HungarianAssignment assignment;

    SpanMatcher(HungarianAssignment assignment) {
        this.assignment = assignment;
    }

    SpanMatches match(List<Span> gold, List<Span> predicted) {
        return new SpanMatches(exact(gold, predicted), overlap(gold, predicted));
    }

    private static List<IndexPair> exact(List<Span> gold, List<Span> predicted) {
        List<IndexPair> pairs = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p] && gold.get(g) != null && gold.get(g).equals(predicted.get(p))) {
                    used[p] = true;
                    pairs.add(new IndexPair(g, p));
                    break;
                }
            }
        }
        return pairs;
    }

    private List<IndexPair> overlap(List<Span> gold, List<Span> predicted) {
        // Each gold span's overlap is at most its length, so a bonus above the summed gold length makes
        // one more pair always worth more than any amount of extra overlap.
        long bonus = 1;
        for (Span g : gold) if (g != null) bonus += g.length();
        long[][] weights = new long[gold.size()][predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int shared = shared(gold.get(g), predicted.get(p));
                weights[g][p] = shared > 0 ? bonus + shared : 0;
            }
        }
        int[] chosen = assignment.maximize(weights);
        List<IndexPair> pairs = new ArrayList<>();
        for (int g = 0; g < chosen.length; g++) if (chosen[g] >= 0) pairs.add(new IndexPair(g, chosen[g]));
        return pairs;
    }

    private static int shared(Span a, Span b) {
        if (a == null || b == null) return 0;
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
