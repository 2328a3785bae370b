package org.sitrep.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * A demonstration's date is not the day of the act it mourns or protests: in "a vigil for Kimani Gray, who was shot by
 * police on Saturday" or "riots over the teenager killed by police on Saturday" the day belongs to the shooting, told in
 * the clause that names the grievance. The date finder reads the nearest expression, so this stage gives such a
 * demonstration no day of its own (the report's lead still places it in the week before publication).
 */
final class GrievanceDate {
    /** A clause between the demonstration and the date that tells harm done to someone ("for X, who was shot", "over the man killed by"). */
    private static final Pattern GRIEVANCE = Pattern.compile("\\b(for|over|of|after|who|whom|whose|where|following)\\b[^;:.]*?"
            + "\\b(shot|killed|slain|murdered|gunned down|beaten|stabbed|died|death|killing|shooting|murder|arrested|detained|jailed)\\b[^;:.]*$");

    /** The sentences of a report's lead whose undated acts the date finder places in the week before publication. */
    static final int LEAD_SENTENCES = 2;

    private GrievanceDate() {}

    /** Whether a demonstration's date expression, read after its trigger, dates the grievance the sentence names between them. */
    static boolean datesGrievance(SubEventType sub, String sentence, int sentenceStart, Span trigger, Span date) {
        if (sub.type() != org.sitrep.model.EventType.PROTESTS && sub.type() != org.sitrep.model.EventType.RIOTS) return false;
        if (sub == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS) return false; // the harm is the event itself
        if (date == null || date.start() < trigger.end()) return false;
        int from = trigger.end() - sentenceStart;
        int to = date.start() - sentenceStart;
        if (from < 0 || to > sentence.length() || to <= from) return false;
        return GRIEVANCE.matcher(TriggerFinder.lowerFlat(sentence.substring(from, to))).find();
    }

    /** The date a demonstration keeps once the sentence's day is its grievance's. */
    static TimeSpan withoutGrievanceDay(TimeSpan grievance, LocalDate published, boolean lead) {
        String why = "the sentence's day (\"" + grievance.text() + "\") is that of the act the demonstration is about";
        if (lead && published != null) {
            return new TimeSpan(published.minusDays(6), published, 2, null, null, false, why + "; told in the report's lead, taken to be within the week before publication");
        }
        return TimeSpan.unknown(why);
    }
}
