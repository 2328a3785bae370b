package org.sitrep.incident;

/**
 * Why two events were taken for the same real incident: every criterion is recorded so an analyst can
 * judge, and undo, the merge. {@code distanceKm} is null when a side has no coordinates (the places then
 * matched by GeoNames id); {@code dayGap} is 0 when the date ranges overlap.
 */
public record MergeReason(String withEventId, Double distanceKm, String place, int dayGap, String actors, String type) {
    public String describe() {
        String km = distanceKm == null ? "no coordinates" : String.format(java.util.Locale.ROOT, "%.1f km", distanceKm);
        String days = dayGap == 0 ? "dates overlap" : "dates " + dayGap + " day(s) apart";
        return "same incident as " + withEventId + ": " + type + "; " + place + " (" + km + "); " + days + "; " + actors;
    }
}
