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

    /** Loads the word lists and patterns from the module's resources. */
    public TimeResolver() {
        TimeLexicon lexicon = new TimeLexicon();
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
        for (AnnotatedSentence s : report.sentences()) all.addAll(finder.find(report, s, anchor));
        return List.copyOf(all);
    }

    /** The date of the event whose trigger is at {@code trigger} in sentence {@code sentenceIndex}. */
    public TimeSpan eventDate(AnnotatedReport report, int sentenceIndex, Span trigger) {
        AnnotatedSentence sentence = report.sentences().stream()
                .filter(s -> s.index() == sentenceIndex)
                .findFirst()
                .orElseThrow(() -> new SitrepException(SitrepException.Category.INPUT,
                        "report " + report.report().id() + " has no sentence " + sentenceIndex));
        return dater.date(report, sentence, trigger, anchor(report));
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
