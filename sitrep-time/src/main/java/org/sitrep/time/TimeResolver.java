package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Report;
import org.sitrep.model.SitrepException;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeSpan;

/**
 * Resolves the time expressions of a report, and the date of each event, against the publication date
 * (or the day in the dateline, when the dateline carries one), as an analyst would read them.
 */
public final class TimeResolver {
    private final TimexRecognizer recognizer;
    private final TimexNormalizer normalizer;
    private final ExpressionFinder finder;
    private final EventDater dater;
    private final TimeLexicon lexicon;

    /** Loads the word lists and patterns from the module's resources. */
    public TimeResolver() {
        this.lexicon = new TimeLexicon();
        TenseReader tenses = new TenseReader();
        this.normalizer = new TimexNormalizer(lexicon);
        this.recognizer = new TimexRecognizer(lexicon);
        this.finder = new ExpressionFinder(recognizer, normalizer, tenses);
        this.dater = new EventDater(finder, normalizer, tenses, lexicon);
    }

    /**
     * Every time expression of the report, normalized TIMEX3-style against the publication date; where the
     * report has none, values that need it stay unresolved (e.g. "XXXX-XX-XX").
     */
    public List<TimeExpression> expressions(AnnotatedReport report) {
        LocalDate anchor = anchor(report);
        List<TimeExpression> all = new ArrayList<>();
        for (AnnotatedSentence s : report.sentences()) {
            List<Mention> mentions = finder.mentions(report, s);
            for (TimeExpression e : finder.find(report, s, anchor, mentions)) all.add(offsetAsDuration(e, mentions));
        }
        return List.copyOf(DiscourseDates.resolve(yearBeforeFocusQuarter(all)));
    }

    private static final java.util.regex.Pattern OFFSET_WORD = java.util.regex.Pattern.compile("(?i)\\s+(later|after|before|earlier)$");

    /**
     * "three days later", "twenty years after the first astronauts": TIMEX3 marks the length ("three days",
     * DURATION P3D) and leaves "later" as the signal of a link to the other event, whose date the event dater
     * counts from. Not "a year earlier", which results stories compare as a date (the year or quarter before).
     */
    private TimeExpression offsetAsDuration(TimeExpression e, List<Mention> mentions) {
        Mention m = mentions.stream().filter(x -> x.span().equals(e.span()) && x.kind().equals("ago")).findFirst().orElse(null);
        if (m == null || m.group("dir") == null || !m.group("dir").matches("later|after|before|earlier")) return e;
        String unit = lexicon.value("unit", m.group("unit"));
        if (unit == null || m.oneYear()) return e;
        java.util.regex.Matcher w = OFFSET_WORD.matcher(e.text());
        if (!w.find()) return e;
        String text = e.text().substring(0, w.start());
        String value = TimexNormalizer.durationValue(unit, normalizer.number(m.group("num")), false);
        return new TimeExpression(new Span(e.span().start(), e.span().start() + text.length()), text, e.sentenceIndex(), "DURATION", value,
                TimeSpan.unknown("a length of time counted from another event"));
    }

    /** The placeholder value of "the quarter" until the report's focus quarter is known. */
    static final String ANAPHORIC_QUARTER = "XXXX-QX";
    private static final java.util.regex.Pattern ANAPHOR = java.util.regex.Pattern.compile("(\\d{4}|XXXX)-QX");
    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("(\\d{4})(-Q[1-4])");
    private static final java.util.regex.Pattern YEAR_BACK = java.util.regex.Pattern.compile(
            "(?i)(the\\s+)?((a|one)\\s+year\\s+(ago|earlier|before)|year-(ago|earlier)(\\s+(quarter|period|level|results))?)");

    /**
     * A results story names its quarter once ("third-quarter profit rose") and then compares with "a year
     * earlier" sentences later: the comparison is the same quarter a year before (TimeML: the granularity of
     * what is compared), as {@link ExpressionFinder} does within one sentence. The focus is the last quarter
     * named before the expression in the report; "the quarter" itself takes that focus.
     */
    static List<TimeExpression> yearBeforeFocusQuarter(List<TimeExpression> all) {
        List<TimeExpression> out = new ArrayList<>();
        java.util.regex.Matcher focus = null;
        for (TimeExpression e : all) {
            java.util.regex.Matcher anaphor = e.value() == null ? null : ANAPHOR.matcher(e.value());
            if (anaphor != null && anaphor.matches()) {
                // "the quarter": the one named before it, or, with none named, no time expression at all ("the French
                // quarter"); "the 1988 period": that quarter in 1988, or the year 1988 when no quarter was named.
                String year = anaphor.group(1).equals("XXXX") ? null : anaphor.group(1);
                String value = focus != null ? (year != null ? year : focus.group(1)) + focus.group(2) : year;
                if (value != null) out.add(new TimeExpression(e.span(), e.text(), e.sentenceIndex(), e.type(), value, e.resolved()));
                continue;
            }
            boolean yearBack = YEAR_BACK.matcher(e.text().strip()).matches();
            java.util.regex.Matcher q = e.value() == null ? null : QUARTER.matcher(e.value());
            // the quarter compared with ("the year-ago quarter") is no new focus
            if (q != null && q.matches() && !yearBack) focus = q;
            if (focus != null && e.value() != null && e.value().matches("\\d{4}") && yearBack) {
                String value = (Integer.parseInt(focus.group(1)) - 1) + focus.group(2);
                out.add(new TimeExpression(e.span(), e.text(), e.sentenceIndex(), e.type(), value, e.resolved()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** The date of the event whose trigger is at {@code trigger} in sentence {@code sentenceIndex}. */
    public TimeSpan eventDate(AnnotatedReport report, int sentenceIndex, Span trigger) {
        AnnotatedSentence sentence = report.sentences().stream()
                .filter(s -> s.index() == sentenceIndex)
                .findFirst()
                .orElseThrow(() -> new SitrepException(SitrepException.Category.INPUT,
                        "report " + report.report().id() + " has no sentence " + sentenceIndex));
        LocalDate anchor = anchor(report);
        return untilPublication(dater.date(report, sentence, trigger, anchor), anchor);
    }

    /**
     * A reported act has happened by the day it is reported: "this week" or "this month" ends at publication, not on
     * the Sunday or the 31st after it. A range wholly after publication (a plan) is left as it is.
     */
    static TimeSpan untilPublication(TimeSpan d, LocalDate anchor) {
        if (anchor == null || !d.known() || d.background() || !d.latest().isAfter(anchor) || d.earliest().isAfter(anchor)) return d;
        String why = (d.reason() == null ? "" : d.reason() + "; ") + "cut at publication (" + anchor + ")";
        return new TimeSpan(d.earliest(), anchor, TimexValues.precision(d.earliest(), anchor), d.text(), d.span(), false, why);
    }

    // A dateline such as "BEIRUT, Nov. 12 (Reuters)" names the day the story was filed: it beats the feed's date.
    private LocalDate anchor(AnnotatedReport report) {
        Report r = report.report();
        LocalDate published = r.published();
        if (r.dateline() == null || r.dateline().span() == null || r.dateline().span().end() > r.text().length()) return published;
        Span span = r.dateline().span();
        for (Mention m : recognizer.find(span.of(r.text()), span.start())) {
            if (!m.kind().equals("monthday") && !m.kind().equals("monthdayyear") && !m.kind().equals("daymonth")) continue;
            TimeExpression e = normalizer.normalize(m, published, Tense.PAST, -1);
            if (published != null && e != null && e.resolved() != null && e.resolved().known()) return e.resolved().latest();
        }
        return published;
    }
}
