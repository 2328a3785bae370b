package org.sitrep.incident;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A stored story as the matcher sees it: the date range of its dated reports (both null when none had
 * a date), how many reports it holds, and the summed term counts of those reports.
 */
public record StoryProfile(String id, LocalDate earliest, LocalDate latest, int reports, Map<String, Integer> terms) {
    public StoryProfile {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a story needs an id");
        if ((earliest == null) != (latest == null)) throw new IllegalArgumentException("story " + id + " has half a date range");
        if (earliest != null && latest.isBefore(earliest)) throw new IllegalArgumentException("story " + id + " ends before it starts");
        terms = Map.copyOf(terms);
    }

    /** A new story founded by one report. */
    public static StoryProfile founded(String id, StoryFeatures report) {
        return new StoryProfile(id, report.published(), report.published(), 1, report.terms());
    }

    /** This story with one more report: its terms added, its date range widened to the report's date. */
    public StoryProfile plus(StoryFeatures report) {
        Map<String, Integer> sum = new HashMap<>(terms);
        report.terms().forEach((t, n) -> sum.merge(t, n, Integer::sum));
        LocalDate d = report.published();
        LocalDate from = d == null ? earliest : earliest == null || d.isBefore(earliest) ? d : earliest;
        LocalDate to = d == null ? latest : latest == null || d.isAfter(latest) ? d : latest;
        return new StoryProfile(id, from, to, reports + 1, sum);
    }

    /** This story with another's reports folded in: terms summed, date ranges joined, reports counted. */
    public StoryProfile merged(StoryProfile other) {
        Map<String, Integer> sum = new HashMap<>(terms);
        other.terms.forEach((t, n) -> sum.merge(t, n, Integer::sum));
        LocalDate from = earliest == null ? other.earliest : other.earliest == null || earliest.isBefore(other.earliest) ? earliest : other.earliest;
        LocalDate to = latest == null ? other.latest : other.latest == null || latest.isAfter(other.latest) ? latest : other.latest;
        return new StoryProfile(id, from, to, reports + other.reports, sum);
    }

    public boolean dated() {
        return earliest != null;
    }
}
