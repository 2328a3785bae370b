package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the gold and predicted events of one record one-to-one (FORMATS.md, events). A pair is allowed
 * when the places are within 50 km or share a name (a missing place or missing coordinates on either
 * side allows it) and the date ranges overlap (a missing date allows it). Among allowed assignments
 * the optimal one maximises, in this order: pairs whose event_type agrees (what precision and recall
 * count), then pairs whose sub_event_type also agrees, then the number of pairs, and last, among otherwise
 * equal assignments, the fields that agree (place within 25 km, same dates, same fatalities), so that two
 * air strikes of one report are not paired crosswise by the order they happen to be listed in. Plain
 * 3/2/1 weights would trade one agreeing pair for two disagreeing ones, so the weights are lexicographic.
 */
final class EventPairing {
    static final double MAX_PAIR_KM = 50.0;

    private final HungarianAssignment assignment;

    EventPairing(HungarianAssignment assignment) {
        this.assignment = assignment;
    }

    List<IndexPair> pair(List<EventView> gold, List<EventView> predicted) {
        // base exceeds what any lower tier can sum to (pairs <= n, field agreements <= 3n), so a higher tier always wins
        long base = 4L * Math.min(gold.size(), predicted.size()) + 4L;
        long[][] weights = new long[gold.size()][predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                EventView a = gold.get(g);
                EventView b = predicted.get(p);
                if (!allowed(a, b)) continue;
                boolean type = a.sameType(b);
                boolean subtype = type && a.sameSubtype(b);
                weights[g][p] = (type ? base * base * base : 0) + (subtype ? base * base : 0) + base + fieldsAgreeing(a, b);
            }
        }
        int[] chosen = assignment.maximize(weights);
        List<IndexPair> pairs = new ArrayList<>();
        for (int g = 0; g < chosen.length; g++) if (chosen[g] >= 0) pairs.add(new IndexPair(g, chosen[g]));
        return pairs;
    }

    private static int fieldsAgreeing(EventView gold, EventView predicted) {
        int n = 0;
        if (gold.hasCoordinates() && predicted.hasCoordinates() && gold.kmTo(predicted) <= 25.0) n++;
        if (gold.hasDate() && predicted.hasDate() && gold.sameDates(predicted)) n++;
        if (gold.fatalities() != null && gold.fatalities().equals(predicted.fatalities())) n++;
        return n;
    }

    static boolean allowed(EventView gold, EventView predicted) {
        return samePlace(gold, predicted) && gold.datesOverlap(predicted);
    }

    private static boolean samePlace(EventView a, EventView b) {
        if (!a.hasPlace() || !b.hasPlace()) return true;
        if (a.placeName() != null && a.placeName().equalsIgnoreCase(b.placeName())) return true;
        if (!a.hasCoordinates() || !b.hasCoordinates()) return true;
        return a.kmTo(b) <= MAX_PAIR_KM;
    }
}
