package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeSpan;

/**
 * The time expressions of one sentence, normalized against an anchor day. Where the recognizer of the
 * annotation stage (SUTime) and ours find the same words, ours gives the value, because it reads the tense
 * (SUTime reads a bare weekday forward); SUTime's other finds are kept, with their relative values resolved.
 */
final class ExpressionFinder {
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern JOINED_RANGE = Pattern.compile("PT?-?\\d{4,}[HMD]");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CLOCK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|XXXX-XX-XX)(T\\d{2}:\\d{2})");
    private static final Pattern ZONE = Pattern.compile("(T\\d{2}(?::\\d{2})?)[-+]\\d{4}$");
    private static final Pattern MILITARY_AT = Pattern.compile("(?i)\\bat\\s+$");
    private static final Pattern OWN_DAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d"
            + "|\\b(today|yesterday|tomorrow|tonight)\\b|\\d{1,4}[-/]\\d{1,2}[-/]\\d{1,4}");
    private static final Pattern DAY_PART = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI)");
    private static final java.util.Set<String> DAY_KINDS = java.util.Set.of("monthday", "daymonth", "weekday");
    private static final Pattern RANGE_WORD = Pattern.compile("(?i)\\b(?:to|and|or|through|until|till)\\b|\\d\\s*-\\s*\\d");
    private static final Pattern RELATIVE_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])(T\\w+)?");

    private final TimexRecognizer recognizer;
    private final TimexNormalizer normalizer;
    private final TenseReader tenses;

    ExpressionFinder(TimexRecognizer recognizer, TimexNormalizer normalizer, TenseReader tenses) {
        this.recognizer = recognizer;
        this.normalizer = normalizer;
        this.tenses = tenses;
    }

    /** Our recognizer's mentions in a sentence, including those that only date events ("their third day"). */
    List<Mention> mentions(AnnotatedReport report, AnnotatedSentence sentence) {
        Span s = sentence.sentence().span();
        String text = s.end() <= report.text().length() ? s.of(report.text()) : sentence.text();
        return recognizer.find(text, s.start());
    }

    List<TimeExpression> find(AnnotatedReport report, AnnotatedSentence sentence, LocalDate anchor) {
        return find(report, sentence, anchor, mentions(report, sentence));
    }

    /** As {@link #find(AnnotatedReport, AnnotatedSentence, LocalDate)}, with the sentence's own mentions already found. */
    List<TimeExpression> find(AnnotatedReport report, AnnotatedSentence sentence, LocalDate anchor, List<Mention> own) {
        List<TimeExpression> out = new ArrayList<>();
        List<Mention> used = new ArrayList<>();
        for (TimeExpression sutime : sentence.timexes()) {
            List<Mention> overlapping = own.stream().filter(m -> m.span().overlaps(sutime.span())).toList();
            if (overlapping.stream().anyMatch(m -> !m.reported())) {
                // "the third day" is a count of days, not a date: the event dater handles it. A date of ours that
                // SUTime joined to such words ("Nov. 3, the day before") still stands on its own.
                addOurs(overlapping, used, sentence, anchor, out);
                used.addAll(overlapping);
                continue;
            }
            boolean sutimeLonger = overlapping.stream().allMatch(m -> sutime.span().contains(m.span()) && !sutime.span().equals(m.span()));
            // SUTime joins neighbours into one value: an INTERSECT ("more than four hours Friday", "the early hours
            // of Thursday morning") or a range as hours between its ends ("from Aug. 26 to Oct. 20" as PT1320H).
            // TIMEX3 marks each end on its own, so our finds inside it stand instead.
            boolean joined = sutime.value() != null && (sutime.value().contains(" INTERSECT ") || JOINED_RANGE.matcher(sutime.value()).matches()
                    || overlapping.size() >= 2 && RANGE_WORD.matcher(sutime.text()).find()
                    // "the night of Oct. 23": SUTime reads the day forward; our day, read by tense, stands (as for "Friday night")
                    || DAY_PART.matcher(sutime.value()).matches() && overlapping.stream().anyMatch(m -> DAY_KINDS.contains(m.kind())));
            if (!overlapping.isEmpty() && (!sutimeLonger || joined || followingAsPreposition(report.text(), sutime, overlapping))) {
                addOurs(overlapping, used, sentence, anchor, out); // once each, where SUTime split one ("Thanksgiving" + "Day")
                used.addAll(overlapping);
                continue;
            }
            // SUTime saw a longer expression ("the year-earlier quarter") than ours: its reading of the whole wins.
            used.addAll(overlapping);
            out.add(resolveSutime(sutime, sentence, anchor));
        }
        addOurs(own, used, sentence, anchor, out);
        out.removeIf(e -> NotATime.test(report.text(), e.span()));
        // "10:35 a.m. (0735 GMT)", "the explosions at 1830": four digits with a leading zero, or after "at", are a clock
        // time in military style, not a year
        out.removeIf(e -> e.text().strip().matches("\\d{4}") && e.value() != null && e.value().startsWith(e.text().strip())
                && (e.text().startsWith("0") || MILITARY_AT.matcher(report.text().substring(Math.max(0, e.span().start() - 4), e.span().start())).find()));
        out.sort(Comparator.comparing(TimeExpression::span));
        return clockOnNamedDay(inQuarters(out, own));
    }

    private static final Pattern FOLLOWING = Pattern.compile("(?i)following\\s+");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\b(the|that|each|every)\\s+$");

    /**
     * "Following November's guerrilla offensive, the two sides ...": SUTime reads "following November" as the next one,
     * but without "the" the word is the preposition (after the offensive of last November), and our reading of the month
     * alone, by tense, stands. "The following November" is the next one, as SUTime reads it.
     */
    static boolean followingAsPreposition(String text, TimeExpression sutime, List<Mention> ours) {
        if (ours.size() != 1 || ours.get(0).span().end() != sutime.span().end()) return false;
        Span head = new Span(sutime.span().start(), ours.get(0).span().start());
        if (head.end() > text.length() || !FOLLOWING.matcher(head.of(text)).matches()) return false;
        return !THE_BEFORE.matcher(text.substring(Math.max(0, head.start() - 8), head.start())).find();
    }

    /** Our reading, by the tense of its clause, of each mention not used yet that TIMEX3 reports. */
    private void addOurs(List<Mention> mentions, List<Mention> used, AnnotatedSentence sentence, LocalDate anchor, List<TimeExpression> out) {
        for (Mention m : mentions) {
            if (used.contains(m) || !m.reported()) continue;
            TimeExpression ours = normalizer.normalize(m, anchor, tenses.tenseOf(sentence, m.span()), sentence.index());
            if (ours != null) out.add(ours);
        }
    }

    /**
     * "profit rose in the third quarter from a year earlier": beside a quarter, "a year ago/earlier" means
     * the same quarter a year before, so it takes the quarter's granularity (TimeML: granularity of the comparison).
     */
    private static List<TimeExpression> inQuarters(List<TimeExpression> expressions, List<Mention> own) {
        TimeExpression quarter = expressions.stream().filter(e -> e.value() != null && QUARTER.matcher(e.value()).matches()).findFirst().orElse(null);
        if (quarter == null) return expressions;
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression e : expressions) {
            boolean yearAgo = own.stream().anyMatch(m -> m.span().equals(e.span()) && (m.kind().equals("yearago") || m.kind().equals("ago") && m.oneYear()));
            if (yearAgo && e.value() != null && e.value().matches("\\d{4}")) {
                int year = Integer.parseInt(quarter.value().substring(0, 4)) - 1;
                String value = year + quarter.value().substring(4);
                out.add(new TimeExpression(e.span(), e.text(), e.sentenceIndex(), e.type(), value, e.resolved()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "at 10 p.m. on the night of Oct. 23": a clock time without its own day is on the one day the sentence
     * names, not on the publication day. With no day, or several, it stays on the anchor as before.
     */
    private static List<TimeExpression> clockOnNamedDay(List<TimeExpression> expressions) {
        List<String> days = expressions.stream().map(TimeExpression::value).filter(v -> v != null && DAY.matcher(v).matches()).distinct().toList();
        if (days.size() != 1) return expressions;
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression e : expressions) {
            Matcher clock = e.value() == null ? null : CLOCK.matcher(e.value());
            // a clock time that names no day of its own ("at 10:35 a.m. ... Friday") was put on the anchor by default
            boolean unstated = e.resolved() != null && !e.resolved().known() || !OWN_DAY.matcher(e.text()).find();
            if (clock != null && clock.matches() && unstated && !clock.group(1).equals(days.get(0))) {
                String value = days.get(0) + clock.group(2);
                out.add(new TimeExpression(e.span(), e.text(), e.sentenceIndex(), e.type(), value, TimexValues.resolve(e.type(), value, null, e.text(), e.span())));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** SUTime's value kept, except a weekday it left unanchored, which gets the tense-aware reading. */
    private TimeExpression resolveSutime(TimeExpression t, AnnotatedSentence sentence, LocalDate anchor) {
        String value = t.value();
        Matcher m = value == null ? null : RELATIVE_WEEKDAY.matcher(value);
        if (anchor != null && m != null && m.matches()) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            String rel = lower.startsWith("last ") ? "last" : lower.startsWith("next ") ? "next" : null;
            LocalDate d = normalizer.weekdayDate(anchor, Integer.parseInt(m.group(1)), rel, tenses.tenseOf(sentence, t.span()));
            value = TimexValues.day(d) + (m.group(2) == null ? "" : m.group(2));
        }
        // SUTime adds a UTC offset for "EST"/"EDT" and gets EDT wrong (-0500); the clock time as written is what counts.
        if (value != null) value = ZONE.matcher(value).replaceFirst("$1");
        // SUTime writes a decade "199X" and a century "19XX"; TIMEX3 gives their digits alone ("199", "19")
        if (value != null && value.matches("\\d{3}X|\\d{2}XX")) value = value.replace("X", "");
        TimeSpan resolved = TimexValues.resolve(t.type(), value, anchor, t.text(), t.span());
        return new TimeExpression(t.span(), t.text(), t.sentenceIndex(), t.type(), value, resolved);
    }
}
