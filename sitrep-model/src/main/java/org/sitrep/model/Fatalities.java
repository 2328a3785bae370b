package org.sitrep.model;

/**
 * A reported death toll. {@code best} is ACLED's conservative figure; {@code min}/{@code max} the
 * reported bounds ("at least 30" has min 30 and no max). {@code cumulative} marks totals over a period
 * ("50 killed since friday") that may contain single-event counts reported beside them.
 */
public record Fatalities(Integer best, Integer min, Integer max, boolean cumulative, boolean civilians, String text, Span span) {
    public Fatalities {
        if (best != null && best < 0) throw new IllegalArgumentException("negative fatalities");
    }
}
