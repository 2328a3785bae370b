package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which of several candidate dates a bare day, month or holiday means, weighed by the tense of its clause. */
final class NearestDate {
    private NearestDate() {}

    /**
     * Of the same day in last, this and next year, the one nearest the anchor: news rarely reaches
     * further than half a year either way. The tense breaks near-ties by weighing the distance of the
     * candidates on the wrong side (a past event is less likely to lie ahead). Not stricter: a passive
     * participle may read as past ("was extended to Nov. 16") yet point ahead.
     */
    static LocalDate inNearestYear(LocalDate anchor, Tense tense, java.util.function.IntFunction<LocalDate> inYear) {
        List<LocalDate> candidates = new ArrayList<>();
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) candidates.add(inYear.apply(y));
        return nearest(anchor, tense, candidates);
    }

    static LocalDate nearest(LocalDate anchor, Tense tense, List<LocalDate> candidates) {
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (LocalDate candidate : candidates) {
            long days = candidate.toEpochDay() - anchor.toEpochDay();
            long cost = Math.abs(days);
            // a verb in the past ("bought rjr in february", read in october) rarely points ahead: four times the
            // distance; an unknown tense leans back, a future one forward, by half as much
            if (tense == Tense.PAST && days > 0) cost *= 4;
            else if (tense == Tense.UNKNOWN && days > 0 || tense == Tense.FUTURE && days < 0) cost *= 2;
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        return best;
    }
}
