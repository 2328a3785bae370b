package org.sitrep.incident;

/**
 * Thresholds of {@link IncidentMatcher}. {@code maxDistanceKm} bounds how far apart two coded places of
 * one incident may be (25 km: ACLED's own near-place radius for geo_precision 2); {@code maxDayGap} how
 * many days may separate two date ranges (1: a strike late at night is dated the next day by another
 * outlet); {@code maxPreciseRangeDays} the longest date range that still counts as dating the event
 * (7: ACLED's time_precision 2, "within a week"; a month-long range overlaps everything in that month).
 */
public record MatchOptions(double maxDistanceKm, int maxDayGap, int maxPreciseRangeDays) {
    public MatchOptions {
        if (maxDistanceKm <= 0) throw new IllegalArgumentException("maxDistanceKm must be positive");
        if (maxDayGap < 0) throw new IllegalArgumentException("maxDayGap must be 0 or more");
        if (maxPreciseRangeDays < 1) throw new IllegalArgumentException("maxPreciseRangeDays must be 1 or more");
    }

    public static MatchOptions defaults() {
        return new MatchOptions(25.0, 1, 7);
    }
}
