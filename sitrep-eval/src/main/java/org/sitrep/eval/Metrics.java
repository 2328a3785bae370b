package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Pure arithmetic shared by the scorers; null stands for "undefined" (a zero denominator). */
final class Metrics {
    /** Half the equator, the largest possible error, as Gritta et al. (2018) normalise by it. */
    static final double MAX_EARTH_DISTANCE_KM = 20039.0;

    private Metrics() {}

    static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** F1 as 2·tp / (predicted + gold): equal to the harmonic mean of P and R, and 0 (not undefined) when one side is empty. */
    static Double f1(long truePositives, long predicted, long gold) {
        return predicted + gold == 0 ? null : 2.0 * truePositives / (predicted + gold);
    }

    static Double harmonic(Double precision, Double recall) {
        if (precision == null || recall == null) return null;
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    static Double mean(List<Double> values) {
        if (values.isEmpty()) return null;
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.size();
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) return null;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Area under the curve of sorted ln(1 + error km) normalised by ln(20039) (Gritta et al. 2018,
     * "What's missing in geographical parsing?"). With errors sorted on a unit-width x axis the area is
     * the mean of the normalised values. 0 is perfect, 1 the worst; each term is capped at 1.
     */
    static Double logErrorAuc(List<Double> errorsKm) {
        if (errorsKm.isEmpty()) return null;
        double norm = Math.log(MAX_EARTH_DISTANCE_KM);
        double sum = 0;
        for (double e : errorsKm) sum += Math.min(1.0, Math.log1p(Math.max(0, e)) / norm);
        return sum / errorsKm.size();
    }

    /** Rounds a figure for the headline (4 places); null stays null. */
    static Double round(Double value, int places) {
        if (value == null) return null;
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
