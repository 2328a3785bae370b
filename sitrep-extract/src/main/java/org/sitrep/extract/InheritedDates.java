package org.sitrep.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Event;
import org.sitrep.model.TimeSpan;

/** Dates for acts their sentence leaves undated, taken from the dated act told just before them. */
final class InheritedDates {
    private InheritedDates() {}

    /**
     * News narrates a campaign in sequence: an event whose sentence gives no date takes the date range of the
     * nearest dated event up to three sentences before it, at week precision or coarser, and says so; widened to
     * publication unless both acts are of one sub-type (a later-told act of another kind is rarely earlier than
     * the one before it, but may be later; one of the same kind elaborates it).
     */
    static List<Event> apply(List<Event> events, LocalDate published) {
        return apply(events, published, Map.of());
    }

    /**
     * As above; {@code yearsNamed} gives, per sentence, the earliest year a date in it names. A sentence between the dated
     * act and the undated one that names an earlier year has moved the story back ("one afternoon in 2017, ...", after
     * "a January attack"): the undated act belongs to that time, not to the dated act's.
     */
    static List<Event> apply(List<Event> events, LocalDate published, Map<Integer, Integer> yearsNamed) {
        return apply(events, published, yearsNamed, Map.of());
    }

    /** As above; {@code yearsSetIn} gives, per sentence, the earliest year it sets its telling in ("in 2013"), for {@link #setInOldYear}. */
    static List<Event> apply(List<Event> events, LocalDate published, Map<Integer, Integer> yearsNamed, Map<Integer, Integer> yearsSetIn) {
        List<Event> out = new ArrayList<>();
        Event lastDated = null;
        for (Event e : events) {
            // the news peg (an undated act of the lead put in the week before publication) is a guess: a dated act told just
            // before it, inside that week ("gunmen killed a judge today. The attack was carried out by ..."), dates it better
            boolean undated = !e.date().known() || e.date().newsPeg() && lastDated != null && !lastDated.date().newsPeg()
                    && !lastDated.date().earliest().isBefore(e.date().earliest());
            // "In this clash, residents were rocketed", "On that occasion", "While this was happening": the sentence points
            // back at the act told before it, however many sentences ago
            boolean pointsBack = e.sentence() != null && POINTS_BACK.matcher(e.sentence().text()).lookingAt();
            if (undated && !e.date().background() && lastDated != null
                    && (e.sentence().index() - lastDated.sentence().index() <= 3 || pointsBack) && !storyMovedBack(lastDated, e, yearsNamed)) {
                TimeSpan d = lastDated.date();
                // an act of the same kind told next elaborates the dated one ("in one air strike on X ...", after "their
                // third day of bombing"): it keeps that range; another kind of act may follow it, up to publication
                boolean elaborates = e.subType() == lastDated.subType();
                LocalDate latest = !elaborates && published != null && published.isAfter(d.latest()) ? published : d.latest();
                int precision = Math.max(d.precision(), ChronoUnit.DAYS.between(d.earliest(), latest) > 6 ? 3 : 2);
                TimeSpan inherited = new TimeSpan(d.earliest(), latest, precision, d.text(), d.span(), false,
                        EventExtractor.INHERITED_DATE + (lastDated.sentence().index() + 1));
                e = Events.redated(e, inherited);
            }
            else if (!e.date().known() && !e.date().background() && published != null && e.sentence() != null) e = setInOldYear(e, published, yearsSetIn);
            if (e.date().known() && (e.date().reason() == null || !e.date().reason().startsWith(EventExtractor.INHERITED_DATE))) lastDated = e;
            out.add(e);
        }
        return out;
    }

    /**
     * An act told with no time right after a sentence set in a year two or more before publication ("The country descended
     * into violence in 2013 when rebels seized power. A militia fought back, ..."): the story has gone back to that year,
     * and the act is history it recalls, dated to the year so that it is recognised as such. Two years, not one: "in
     * 2024" in a report of January 2025 may be last month.
     */
    static Event setInOldYear(Event e, LocalDate published, Map<Integer, Integer> yearsSetIn) {
        Integer year = yearsSetIn.get(e.sentence().index() - 1);
        if (year == null || year > published.getYear() - 2) return e;
        TimeSpan old = new TimeSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 3, null, null, false,
                OLD_YEAR + year + " (sentence " + e.sentence().index() + ")");
        return Events.redated(e, old);
    }

    static final String OLD_YEAR = "no time in the sentence; told right after a sentence set in ";

    private static boolean storyMovedBack(Event dated, Event undated, Map<Integer, Integer> yearsNamed) {
        for (int k = dated.sentence().index() + 1; k <= undated.sentence().index(); k++) {
            Integer year = yearsNamed.get(k);
            if (year != null && year < dated.date().earliest().getYear()) return true;
        }
        return false;
    }

    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\W*((in|during|on|at) (this|that|the same) (clash|attack|battle|fighting|"
            + "incident|operation|raid|offensive|ambush|bombing|action|occasion|time)|while this was (happening|going on)|at the same time)\\b");

    // "in 2017", "since March 2011", "during late 2019": a year named as a time (a bare "2000 people" is a count)
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(in|since|during|of|from|until|by)\\s+(early\\s+|late\\s+|mid-)?"
            + "((january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?((19|20)\\d\\d)\\b");

    // "in 2013", "during late 2019": a year the telling is set in ("since 2013" runs up to now, "by 2013" is a deadline)
    private static final Pattern SET_IN = Pattern.compile("(?i)\\b(in|during)\\s+(early\\s+|late\\s+|mid-)?"
            + "((january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?((19|20)\\d\\d)\\b");

    /** Per sentence, the earliest year it sets its telling in, for {@link #setInOldYear}. */
    static Map<Integer, Integer> yearsSetIn(AnnotatedReport report) {
        return earliestYears(report, SET_IN);
    }

    /**
     * Per sentence, the earliest year it names as a time, for {@link #apply}. Read from the words: a sentence without a
     * trigger may carry no time annotation.
     */
    static Map<Integer, Integer> yearsNamed(AnnotatedReport report) {
        return earliestYears(report, YEAR);
    }

    /** Per sentence, the earliest year the pattern's fifth group reads in it. */
    private static Map<Integer, Integer> earliestYears(AnnotatedReport report, Pattern years) {
        Map<Integer, Integer> out = new HashMap<>();
        for (AnnotatedSentence s : report.sentences()) {
            Matcher m = years.matcher(s.text());
            while (m.find()) out.merge(s.index(), Integer.parseInt(m.group(5)), Math::min);
        }
        return out;
    }
}
