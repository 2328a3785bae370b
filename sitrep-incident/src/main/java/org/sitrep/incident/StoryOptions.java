package org.sitrep.incident;

/**
 * Thresholds of {@link StoryMatcher}, reasoned rather than fitted (no gold set was searched).
 * {@code minScore}: the weighted cosine of a report with a story it belongs to. Reports of one happening
 * repeat its names and lead words, while two happenings of one kind share only the kind's words
 * (weighted half) and perhaps a region; a story's profile sums all its reports, whose background names
 * (people quoted, places compared) dilute the cosine, so 0.3 is already a clear overlap.
 * {@code minNameScore}: the cosine over names and places alone that a dated report needs as well, so
 * that two happenings of one kind in the same weeks (two earthquakes reported by the same agency) stay
 * apart on their different names. {@code minUndatedNameScore}: when either side has no date, the names
 * alone must carry the decision, so they must overlap more. {@code maxDaysApart}: a story's reports
 * keep coming for weeks (manhunt, funeral, trial step) but the same people in a new happening of the
 * same kind (a second rehab stay, next year's ceremony) lie months apart; a dated report joins only a
 * story whose dated reports lie within 30 days of it. {@code minCoverage}: a cosine against a story's summed
 * profile is small for a short report (a one-sentence brief names three things; the story has named fifty), so a
 * report also belongs to a story that holds at least half of its weighted names and half of all its weighted
 * terms: the brief repeats the story, while a different happening of the same kind shares its kind's words but
 * not its names. Dates and the shared-name test apply as for the cosine.
 * {@code maxFollowUpDays} and {@code minFollowUpScore}: a story's later steps (the trial of the accused, a move to
 * another clinic, the recapture of an escaped inmate) come months after it, up to a year; a report further than
 * {@code maxDaysApart} from a story, and within {@code maxFollowUpDays}, joins it only when its cosine and its names'
 * cosine both reach {@code minFollowUpScore}: half of its weight on the story's terms, the level a report of the story
 * itself reaches, not the kind's words and a shared region, which a new happening of the same kind brings.
 */
public record StoryOptions(double minScore, double minNameScore, double minUndatedNameScore, int maxDaysApart, double minCoverage,
        int maxFollowUpDays, double minFollowUpScore) {
    public StoryOptions {
        if (minScore <= 0 || minScore > 1) throw new IllegalArgumentException("minScore must be in (0, 1]");
        if (minNameScore < 0 || minNameScore > 1) throw new IllegalArgumentException("minNameScore must be in [0, 1]");
        if (minUndatedNameScore < 0 || minUndatedNameScore > 1) throw new IllegalArgumentException("minUndatedNameScore must be in [0, 1]");
        if (maxDaysApart < 0) throw new IllegalArgumentException("maxDaysApart must be 0 or more");
        if (minCoverage <= 0 || minCoverage > 1) throw new IllegalArgumentException("minCoverage must be in (0, 1]");
        if (maxFollowUpDays < maxDaysApart) throw new IllegalArgumentException("maxFollowUpDays must be maxDaysApart or more");
        if (minFollowUpScore <= 0 || minFollowUpScore > 1) throw new IllegalArgumentException("minFollowUpScore must be in (0, 1]");
    }

    public static StoryOptions defaults() {
        return new StoryOptions(0.3, 0.25, 0.35, 30, 0.5, 365, 0.5);
    }
}
