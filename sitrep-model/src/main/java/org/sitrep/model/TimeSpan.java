package org.sitrep.model;

import java.time.LocalDate;

/**
 * When an event happened: a day range and ACLED's time_precision (1 day, 2 within a week, 3 month).
 * Unknown stays unknown: {@code earliest} and {@code latest} are null and {@code reason} says why.
 * {@code background} marks expressions such as "in recent months" that frame context, not an event.
 */
public record TimeSpan(LocalDate earliest, LocalDate latest, int precision, String text, Span span, boolean background, String reason) {
    /** The reason's opening for an act dated only by the day it was reported: a guess of the week before, not a date the text gives the act. */
    public static final String REPORTING_WEEK = "only the reporting date ";

    public TimeSpan {
        if ((earliest == null) != (latest == null)) throw new IllegalArgumentException("a range needs both ends or neither");
        if (earliest != null && latest.isBefore(earliest)) throw new IllegalArgumentException("range ends before it starts: " + earliest + ".." + latest);
        if (precision < 0 || precision > 3) throw new IllegalArgumentException("time_precision must be 0..3");
    }

    /** The reason's opening for an act whose sentence names no time at all (not a vague or unknown one), in a dated report. */
    public static final String NO_TIME = "no time expression in the sentence; the event is only known to precede publication";

    /** Why an undated act of a report's lead is placed in the week before publication (the news peg). */
    public static final String NEWS_PEG_REASON = "not dated in the text; an act told in the report's lead is taken to be within the week before publication";

    /** The news peg: an act the lead tells without a date happened in the week before publication. */
    public static TimeSpan newsPeg(LocalDate published) {
        return new TimeSpan(published.minusDays(6), published, 2, null, null, false, NEWS_PEG_REASON);
    }

    /** Whether this range is only the news peg's guess, not read from the text. */
    public boolean newsPeg() {
        return NEWS_PEG_REASON.equals(reason);
    }

    public static TimeSpan unknown(String reason) {
        return new TimeSpan(null, null, 0, null, null, false, reason);
    }

    public static TimeSpan day(LocalDate d, String text, Span span) {
        return new TimeSpan(d, d, 1, text, span, false, null);
    }

    public boolean known() {
        return earliest != null;
    }
}
