package org.sitrep.extract;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * "A journalist arrested over his interviews ... has been in custody since Feb. 24": the day a person has been in custody since
 * is the day of the arrest the report told just before without a day of its own (not "held since", which hostages are too).
 * Only a day (not "since last year") dates the arrest: a month or a year says when the custody began, not which day the
 * arrest was.
 */
final class CustodySince {
    private static final Pattern HELD_SINCE = Pattern.compile(
            "\\b(in (police |military |state |pretrial |pre-trial )?(custody|detention|jail|prison)|detained|jailed|imprisoned|behind bars)\\s+since\\s+");
    /** How many sentences before the custody's the told arrest may be ("A journalist arrested ... . He has been in custody since"). */
    private static final int ARREST_WITHIN = 2;
    // the words of a day: a day of the month or a weekday (the time resolver read the expression; this only tells its grain)
    private static final Pattern DAY_WORDS = Pattern.compile("(?i)\\b(\\d{1,2}(st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\\b");

    private CustodySince() {}

    /**
     * Dates, in place, the latest arrest told in the last {@link #ARREST_WITHIN} sentences by the day this sentence says someone
     * has been in custody since, when that arrest has no day of its own (one with its own day keeps it).
     */
    static void apply(String sentence, int sentenceIndex, int sentenceStart, List<Event> events, Function<Span, TimeSpan> dater) {
        Matcher m = HELD_SINCE.matcher(TriggerFinder.lowerFlat(sentence));
        if (!m.find()) return;
        TimeSpan since = dater.apply(new Span(sentenceStart + m.start(), sentenceStart + m.end()));
        if (since == null || !since.known() || since.span() == null || since.span().start() != sentenceStart + m.end()) return;
        String expression = since.text() == null ? "" : since.text().replaceFirst("(?i)^since\\s+", "");
        if (!DAY_WORDS.matcher(expression).find()) return;
        TimeSpan day = new TimeSpan(since.earliest(), since.earliest(), 1, expression, since.span(), false, null);
        RetoldDates.dateLatest(events, e -> e.subType() == SubEventType.ARRESTS,
                e -> e.sentence() != null && sentenceIndex - e.sentence().index() <= ARREST_WITHIN, day);
    }
}
