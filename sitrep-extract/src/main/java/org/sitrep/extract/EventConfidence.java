package org.sitrep.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Event;
import org.sitrep.model.TimeSpan;

/** How surely an event is the one its report is about: the report's main event is its most confident. */
final class EventConfidence {
    private EventConfidence() {}

    /** The trigger's confidence in its sentence, halved for an act the report recalls from a year or more before. */
    static double of(AnnotatedReport report, AnnotatedSentence s, Trigger t, TimeSpan date) {
        return confidence(report, s, t) * (history(date, report.report().published()) ? HISTORY : 1.0);
    }

    /** An act dated a year or more before publication is history the report recalls (the extractor drops it; this weight ranks it below newer acts). */
    private static final double HISTORY = 0.5;

    static boolean history(TimeSpan date, LocalDate published) {
        return published != null && date != null && date.known() && date.latest().isBefore(published.minusYears(1));
    }

    /**
     * ACLED codes an event only where and when it can place it: at least a province, and a day, week or month. An act the
     * report neither dates (not even as the lead's news of the week) nor places below its country ("reinforcements have
     * arrived from Canada", "everybody knows somebody who has been arrested", "the recent border skirmish") is talk of
     * violence or background, and a map would show it at the country's centre. An act with a toll stays: people died, and
     * the analyst should see it even unplaced (MUC-4 dev: dropping those too cost more real acts than false ones). Reports
     * without a publication date date nothing, so there the rule says nothing.
     */
    static boolean uncodable(Event e, LocalDate published) {
        if (published == null || (e.date() != null && e.date().known())) return false;
        if (e.fatalities() != null && e.fatalities().best() != null && e.fatalities().best() > 0) return false;
        return e.location() == null || e.location().countryOnly();
    }

    /**
     * ACLED's events happen on a day, at worst within a month; an act whose told range spans more than a year ("Since August
     * 2022, when the president called for a total war against al-Shabab, ...") is a period the report sums, not an act. So
     * is one its own words date only to a year or a season ("having treated 385 survivors last year", "began protesting late
     * last year"): more than two months. A range the act took from the act told before it, widened up to publication
     * ("Days later, a roadside bomb ...", after "last month"), is the dater's bound, not the text's, and stays, as does a
     * range from "since" a day up to publication ("vacant since 1 August, when he was shot to death"). Without a
     * publication date a text's "last year" is read against no day of its own, so there only the year's bound applies.
     */
    static boolean period(TimeSpan date) {
        return period(date, null);
    }

    static boolean period(TimeSpan date, LocalDate published) {
        if (date == null || !date.known()) return false;
        long days = ChronoUnit.DAYS.between(date.earliest(), date.latest());
        // "since 1 August, when the ambassador was shot": a range from "since" up to publication bounds a state the act began
        boolean own = date.reason() == null || !date.reason().startsWith(EventExtractor.INHERITED_DATE) && !date.reason().startsWith("since ");
        return days > 366 || published != null && own && days > TWO_MONTHS;
    }

    private static final int TWO_MONTHS = 62;

    /** Why the extractor leaves an act out (history it recalls, an act ACLED could not code, a period), or empty where it keeps it. */
    static Optional<String> whyLeftOut(Event e, LocalDate published) {
        if (history(e.date(), published)) return Optional.of("history: dated a year or more before publication");
        if (uncodable(e, published)) return Optional.of("uncodable: no date, no place below the country and no toll");
        if (period(e.date(), published)) return Optional.of("period: the told range spans more than " + (ChronoUnit.DAYS.between(e.date().earliest(), e.date().latest()) > 366
                ? "a year" : "two months") + ": no act of a day, a week or a month");
        return Optional.empty();
    }

    /** An act told past the lead is more often background or a side event than the lead's own: its confidence counts for less. */
    private static final double PAST_LEAD = 0.8;

    /**
     * The trigger's priority (how specific its words are), lowered past the lead: news leads tell the happening the
     * report is about, and the report's main event (highest confidence) should be the lead's, not a more specific
     * word's in paragraph ten ("the bombing of a UN school" over an air strike recalled further down).
     */
    static double confidence(AnnotatedReport report, AnnotatedSentence s, Trigger t) {
        double c = t.priority() / 100.0;
        return s.index() < report.leadEnd(AnnotatedReport.LEAD_SENTENCES) ? c : c * PAST_LEAD;
    }
}
