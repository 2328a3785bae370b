package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.TimeSpan;

/**
 * "Unidentified individuals hurled dynamite at the house ... The attack took place at 2100 on 15 January": a sentence that
 * names a told act again (no new event) may say when it happened. The told act that had no date of its own (only the lead's
 * assumed week, a day inherited from a neighbour, or the week before the day it was reported) takes the day its retelling
 * names; one dated by its own words keeps them. Only a retelling that says the act happened then ("took place", "occurred",
 * "was staged") gives its day: "the company today released a note confirming the kidnapping" dates the note, not the act.
 */
final class RetoldDates {
    static final String NOTE = "date: the day a later sentence that names this act again gives";

    private RetoldDates() {}

    private static final Pattern HAPPENED = Pattern.compile("(?s).*\\b(occurred|took place|happened|was staged|was perpetrated|(was|were) carried out)\\b.*");

    // "the death toll had risen to 63 from Saturday's multiple blasts": the day owns the act named right after it (sitrep-time's
    // EventDater reads a possessive day the same way; the module has no text rules of its own to share)
    private static final Pattern POSSESSIVE_DAY = Pattern.compile("^\\s*['’]\\s*s\\s+([\\w-]+\\s+){0,2}$");

    /** Re-dates, in place, the latest told act of political violence when a retold trigger's sentence gives its day. */
    static void apply(String text, List<Trigger> retold, List<Event> events, Function<Trigger, TimeSpan> dater) {
        for (Trigger t : retold) {
            if (!t.subType().type().politicalViolence()) continue;
            TimeSpan day = dater.apply(t);
            // ... or that names the act with its day right after it ("the Taliban said the bombing late Thursday ... was revenge"),
            // or as its possessive ("Saturday's multiple blasts")
            boolean dayAfter = day != null && day.span() != null && (day.span().start() >= t.span().end() && day.span().start() - t.span().end() <= 7
                    || day.span().end() <= t.span().start() && t.span().start() <= text.length()
                    && POSSESSIVE_DAY.matcher(text.substring(day.span().end(), t.span().start())).matches());
            boolean happened = HAPPENED.matcher(TriggerFinder.lowerFlat(t.phrase())).matches();
            if (!happened && !dayAfter) continue;
            if (!stated(day)) continue;
            // a bare act noun with its day ("the bombing late Thursday") names an act of its own type: the convoy attack "last
            // week" is not the explosion told since
            dateLatest(events, e -> e.type() != null && e.type().politicalViolence() && (happened || e.type() == t.subType().type()), e -> true, day);
            return;
        }
    }

    /**
     * Dates, in place, the latest of the events {@code told} picks with {@code day}, when {@code fits} holds for it and it has no
     * day of its own; an earlier event is never tried (the sentence retells the latest act it can name).
     */
    static void dateLatest(List<Event> events, java.util.function.Predicate<Event> told, java.util.function.Predicate<Event> fits, TimeSpan day) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (!told.test(e)) continue;
            if (fits.test(e) && !EventCoreference.ownDate(e)) events.set(i, dated(e, day));
            return;
        }
    }

    /** A day the sentence itself states for the act: not unknown, not inherited, not the week before a reporting day, not background. */
    static boolean stated(TimeSpan d) {
        return EventCoreference.statedDate(d) && !d.background();
    }

    static Event dated(Event e, TimeSpan day) {
        List<Evidence> ev = new ArrayList<>(e.evidence());
        ev.removeIf(x -> "date".equals(x.field()));
        ev.add(new Evidence("date", day.span(), day.text() == null ? "" : day.text()));
        List<String> notes = new ArrayList<>(e.notes());
        notes.removeIf(n -> n.startsWith("date:"));
        notes.add(NOTE);
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(), day, e.fatalities(),
                e.claim(), e.sentence(), e.trigger(), e.confidence(), ev, notes);
    }
}
