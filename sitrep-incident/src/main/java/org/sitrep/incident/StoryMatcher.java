package org.sitrep.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which stored story, if any, a new report is about. Score: the cosine of TF-IDF vectors over
 * the report's terms and the story's summed terms, each term weighted by its {@link TermKind} and by
 * (1 + ln count); IDF from the stories seen so far. A story qualifies only if it shares a name or place
 * with the report, and, when both have dates, lies within {@code maxDaysApart} of the report's date.
 * The names' own cosine must reach {@code minNameScore}, or {@code minUndatedNameScore} when either side
 * has no date (names then carry the decision alone); then, too, the years the undated side mentions must not all
 * lie two or more years before the dated side, unless the dated side names them too ({@link #yearsTooOld}), unless the undated side is a report whose date
 * line names the story's day without its year ({@link #namesDayIn}). A dated report further than {@code maxDaysApart}
 * from a dated story, and within {@code maxFollowUpDays}, is a follow-up only when both cosines reach
 * {@code minFollowUpScore}. A single report may instead be covered by the
 * story: at least {@code minCoverage} of its weighted names and of all its weighted terms are the story's. The best
 * qualifying story at or above {@code minScore} wins; ties go to the story listed first.
 */
public final class StoryMatcher {
    private final StoryOptions options;

    public StoryMatcher(StoryOptions options) {
        this.options = options;
    }

    public Optional<StoryMatch> match(StoryFeatures report, List<StoryProfile> candidates, TermStatistics statistics) {
        return match(report.published(), report.published(), report.terms(), candidates, statistics, true);
    }

    /**
     * Whether a story, grown by a report, now reads as the same happening as another story: the same test
     * as for a report, with the story's summed terms and date range. Single-pass linking founds a second
     * story when an early report of a happening shares too little with the first; once later reports fill
     * in the shared names, the two profiles meet and the stories should be one. Only stories both dated or
     * both undated are compared.
     */
    public Optional<StoryMatch> matchStory(StoryProfile story, List<StoryProfile> others, TermStatistics statistics) {
        // A dated and an undated story never merge: the undated one's names would carry it alone, and two
        // happenings of one kind in one place (the same mountain, the same team) share names across years.
        return match(story.earliest(), story.latest(), story.terms(),
                others.stream().filter(o -> !o.id().equals(story.id()) && o.dated() == story.dated()).toList(), statistics, false);
    }

    /**
     * Whether a story of one report, left alone when it came (the story it belongs to had not yet told enough), is now
     * covered by a grown story: the single report is tested as if it arrived now, with the one-report rules (coverage,
     * an undated report's names), so linking does not depend on the order reports came in.
     */
    public Optional<StoryMatch> matchSingle(StoryProfile single, StoryProfile story, TermStatistics statistics) {
        if (single.reports() != 1) return Optional.empty();
        return match(single.earliest(), single.latest(), single.terms(), List.of(story), statistics, true);
    }

    private Optional<StoryMatch> match(LocalDate from, LocalDate to, Map<String, Integer> terms, List<StoryProfile> candidates, TermStatistics statistics,
            boolean oneReport) {
        Map<String, Double> r = vector(terms, statistics);
        List<StoryMatch> qualified = new ArrayList<>();
        for (StoryProfile story : candidates) {
            if (!sharesName(terms, story)) continue;
            boolean bothDated = from != null && story.dated();
            if (yearsTooOld(from, terms, story) && !(oneReport && from == null && namesDayIn(terms, story.earliest(), story.latest()))) continue;
            long apart = bothDated && !(from.isBefore(story.earliest()) && to.isAfter(story.latest()))
                    ? Math.min(daysApart(from, story), daysApart(to, story)) : 0;
            if (apart > options.maxFollowUpDays()) continue;
            Map<String, Double> s = vector(story.terms(), statistics);
            double score = cosine(r, s, false);
            double names = cosine(r, s, true);
            boolean followUp = apart > options.maxDaysApart();
            if (followUp && (score < options.minFollowUpScore() || names < options.minFollowUpScore())) continue;
            boolean covered = oneReport && coverage(r, s, true) >= options.minCoverage() && coverage(r, s, false) >= options.minCoverage();
            if (!covered && score < options.minScore()) continue;
            if (!covered && names < (bothDated ? options.minNameScore() : options.minUndatedNameScore())) continue;
            qualified.add(new StoryMatch(story.id(), score, names, followUp ? "follow-up " + apart + " days on, strong overlap"
                    : bothDated ? "dated within " + options.maxDaysApart() + " days" : "undated: names decide"));
        }
        return qualified.stream().max(Comparator.comparingDouble(StoryMatch::score));
    }

    /**
     * When one side has no date, the years its text mentions still bound when it was written: a report that
     * names only years two or more before the other side's dates ("his 2005 title fight"), and none near them,
     * tells an older happening of the same kind (last decade's bout between the same boxers).
     */
    static boolean yearsTooOld(LocalDate from, Map<String, Integer> terms, StoryProfile story) {
        if (from == null && story.dated()) {
            Integer latest = latestYear(terms);
            return latest != null && latest < story.earliest().getYear() - 1 && !yearsNamedBy(terms, story.terms());
        }
        if (from != null && !story.dated()) {
            Integer latest = latestYear(story.terms());
            return latest != null && latest < from.getYear() - 1 && !yearsNamedBy(story.terms(), terms);
        }
        return false;
    }

    /**
     * Whether every year the undated side names, the dated side names too: the undated side then recalls the history the
     * dated one recalls ("their 2008 bout", told in both a 2012 report and its undated copy), which says nothing of when
     * it was written. Only the dated side's own text counts, not its date.
     */
    private static boolean yearsNamedBy(Map<String, Integer> undated, Map<String, Integer> dated) {
        for (String t : undated.keySet()) {
            if (TermKind.of(t) == TermKind.YEAR && !dated.containsKey(t)) return false;
        }
        return true;
    }

    /**
     * Whether the terms name a day without its year ("Jul. 7") that falls, in some year, within a day of the range. An
     * undated report whose date line names the dated story's day is no older happening for the old years it recalls
     * ("Jul. 7 ... in their 2008 bout"). Only a single report's own date line counts: a story sums its reports' days.
     */
    static boolean namesDayIn(Map<String, Integer> terms, LocalDate earliest, LocalDate latest) {
        for (String t : terms.keySet()) {
            if (TermKind.of(t) != TermKind.MONTH_DAY) continue;
            String[] md = t.substring(TermKind.MONTH_DAY.prefix().length()).split("-");
            for (int year = earliest.getYear(); year <= latest.getYear(); year++) {
                LocalDate day;
                try {
                    day = LocalDate.of(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
                } catch (java.time.DateTimeException | NumberFormatException e) {
                    continue; // 02-29 in a common year
                }
                if (!day.isBefore(earliest.minusDays(1)) && !day.isAfter(latest.plusDays(1))) return true;
            }
        }
        return false;
    }

    private static Integer latestYear(Map<String, Integer> terms) {
        Integer latest = null;
        for (String t : terms.keySet()) {
            if (TermKind.of(t) != TermKind.YEAR) continue;
            int y = Integer.parseInt(t.substring(TermKind.YEAR.prefix().length()));
            if (latest == null || y > latest) latest = y;
        }
        return latest;
    }

    private static boolean sharesName(Map<String, Integer> terms, StoryProfile story) {
        for (String t : terms.keySet()) {
            if (StoryFeatures.isName(t) && story.terms().containsKey(t)) return true;
        }
        return false;
    }

    /** Days between a date and a story's range; 0 inside it. */
    static long daysApart(LocalDate d, StoryProfile story) {
        if (d.isBefore(story.earliest())) return ChronoUnit.DAYS.between(d, story.earliest());
        if (d.isAfter(story.latest())) return ChronoUnit.DAYS.between(story.latest(), d);
        return 0;
    }

    private static Map<String, Double> vector(Map<String, Integer> counts, TermStatistics statistics) {
        Map<String, Double> v = new HashMap<>();
        counts.forEach((t, n) -> v.put(t, TermKind.of(t).weight() * (1 + Math.log(n)) * statistics.idf(t)));
        return v;
    }

    /** The share of the report's weight (over names, or over all terms) that lies on terms the story has too. */
    private static double coverage(Map<String, Double> r, Map<String, Double> s, boolean namesOnly) {
        double all = 0;
        double shared = 0;
        for (var e : r.entrySet()) {
            if (namesOnly && !StoryFeatures.isName(e.getKey())) continue;
            all += e.getValue();
            if (s.containsKey(e.getKey())) shared += e.getValue();
        }
        return all == 0 ? 0 : shared / all;
    }

    /** Cosine of two weighted vectors; over name and place terms only when {@code namesOnly}. */
    private static double cosine(Map<String, Double> a, Map<String, Double> b, boolean namesOnly) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (var e : a.entrySet()) {
            if (namesOnly && !StoryFeatures.isName(e.getKey())) continue;
            na += e.getValue() * e.getValue();
            Double other = b.get(e.getKey());
            if (other != null) dot += e.getValue() * other;
        }
        for (var e : b.entrySet()) {
            if (namesOnly && !StoryFeatures.isName(e.getKey())) continue;
            nb += e.getValue() * e.getValue();
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
